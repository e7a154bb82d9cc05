using System.Globalization;
using System.Net;
using Plateforme.Accounts.Mail;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Display;

namespace Plateforme.Web.Moderation.Calls;

/// <summary>The French e-mails telling an organisation's member what the moderation decided about their call.</summary>
public static class CallModerationMails
{
    public static OutgoingMail Approved(string to, string displayName, string title, Uri callPage)
    {
        ArgumentNullException.ThrowIfNull(callPage);
        var greeting = Format(CallModerationText.MailGreeting, displayName);
        var body = Format(CallModerationText.ApprovedBody, title);
        var text = string.Join("\n\n", greeting, body + "\n" + callPage, CallModerationText.MailSignature);
        var html = Page(CallModerationText.ApprovedSubject, Paragraph(greeting), Paragraph(body),
            Link(callPage, CallModerationText.ApprovedButton), Paragraph(CallModerationText.MailSignature));
        return new OutgoingMail(to, CallModerationText.ApprovedSubject, text, html);
    }

    public static OutgoingMail Rejected(string to, string displayName, string title, string reason, Uri editPage)
    {
        ArgumentNullException.ThrowIfNull(editPage);
        var greeting = Format(CallModerationText.MailGreeting, displayName);
        var body = Format(CallModerationText.RejectedBody, title);
        var text = string.Join("\n\n", greeting, body, "« " + reason + " »", CallModerationText.RejectedNext + "\n" + editPage, CallModerationText.MailSignature);
        var html = Page(CallModerationText.RejectedSubject, Paragraph(greeting), Paragraph(body),
            "<blockquote>" + WebUtility.HtmlEncode(reason) + "</blockquote>", Paragraph(CallModerationText.RejectedNext),
            Link(editPage, CallModerationText.RejectedButton), Paragraph(CallModerationText.MailSignature));
        return new OutgoingMail(to, CallModerationText.RejectedSubject, text, html);
    }

    private static string Format(string template, string value) => string.Format(FrenchFormat.Culture, template, value);

    private static string Paragraph(string content) => $"<p>{WebUtility.HtmlEncode(content)}</p>";

    private static string Link(Uri target, string text) =>
        $"<p><a href=\"{WebUtility.HtmlEncode(target.ToString())}\">{WebUtility.HtmlEncode(text)}</a></p>";

    private static string Page(string title, params string[] blocks) =>
        $"<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)}</title></head><body>{string.Concat(blocks)}</body></html>";
}
