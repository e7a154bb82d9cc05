using System.Net;
using Plateforme.Accounts.Resources;
using Plateforme.Accounts.Users;

namespace Plateforme.Accounts.Mail;

/// <summary>The French account e-mails, each with a plain-text part and an HTML part.</summary>
public static class AccountMails
{
    public static OutgoingMail Confirmation(string to, string displayName, Uri link) =>
        WithLink(to, displayName, AccountText.ConfirmSubject, AccountText.ConfirmBody, AccountText.ConfirmButton, link);

    public static OutgoingMail PasswordReset(string to, string displayName, Uri link) =>
        WithLink(to, displayName, AccountText.ResetSubject, AccountText.ResetBody, AccountText.ResetButton, link, AccountText.MailIgnore);

    /// <summary>Sent instead of a second account when someone signs up with an address that already has one.</summary>
    public static OutgoingMail AlreadyRegistered(string to, string displayName, Uri signIn, Uri forgotPassword)
    {
        var greeting = Format(AccountText.MailGreeting, displayName);
        var text = string.Join("\n\n", greeting, AccountText.ExistingBody + "\n" + signIn, AccountText.ExistingForgot + "\n" + forgotPassword,
            AccountText.MailIgnore, AccountText.MailSignature);
        var html = Page(AccountText.ExistingSubject,
            Paragraph(greeting),
            Paragraph(AccountText.ExistingBody) + Link(signIn, signIn.ToString()),
            Paragraph(AccountText.ExistingForgot) + Link(forgotPassword, forgotPassword.ToString()),
            Paragraph(AccountText.MailIgnore),
            Paragraph(AccountText.MailSignature));
        return new OutgoingMail(to, AccountText.ExistingSubject, text, html);
    }

    private static OutgoingMail WithLink(string to, string displayName, string subject, string body, string button, Uri link, string? footer = null)
    {
        var greeting = Format(AccountText.MailGreeting, displayName);
        var parts = new List<string> { greeting, body + "\n" + link };
        if (footer is not null) parts.Add(footer);
        parts.Add(AccountText.MailSignature);
        var html = Page(subject,
            Paragraph(greeting),
            Paragraph(body),
            Paragraph(Link(link, button)),
            footer is null ? "" : Paragraph(footer),
            Paragraph(AccountText.MailSignature));
        return new OutgoingMail(to, subject, string.Join("\n\n", parts), html);
    }

    private static string Format(string template, string value) => string.Format(FrenchIdentityErrors.French, template, value);

    private static string Paragraph(string content) => $"<p>{(content.StartsWith('<') ? content : WebUtility.HtmlEncode(content))}</p>";

    private static string Link(Uri target, string text) =>
        $"<a href=\"{WebUtility.HtmlEncode(target.ToString())}\">{WebUtility.HtmlEncode(text)}</a>";

    private static string Page(string title, params string[] blocks) =>
        $"<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)}</title></head><body>{string.Concat(blocks)}</body></html>";
}
