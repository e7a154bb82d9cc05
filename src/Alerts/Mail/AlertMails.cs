using System.Globalization;
using System.Net;
using Plateforme.Accounts;
using Plateforme.Accounts.Mail;
using Plateforme.Alerts.Digests;
using Plateforme.Alerts.Resources;
using Plateforme.Alerts.Subscriptions;

namespace Plateforme.Alerts.Mail;

/// <summary>The French alert e-mails, each with a plain-text part and an HTML part saying the same thing.</summary>
public static class AlertMails
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string FrequencyLabel(AlertFrequency frequency) =>
        frequency == AlertFrequency.Weekly ? AlertMailText.FrequencyWeekly : AlertMailText.FrequencyDaily;

    public static OutgoingMail Confirmation(Alert alert, PublicSiteOptions site, Uri link, int validDays)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(site);
        var frequency = Format(AlertMailText.ConfirmFrequency, FrequencyLabel(alert.Frequency));
        var action = Format(AlertMailText.ConfirmAction, validDays);
        var search = site.Link("/recherche" + alert.Query);
        var text = string.Join("\n\n",
            AlertMailText.ConfirmIntro + "\n" + alert.Description + "\n" + search.AbsoluteUri,
            frequency,
            action + "\n" + link,
            AlertMailText.ConfirmIgnore,
            AlertMailText.MailSignature);
        var html = Page(AlertMailText.ConfirmSubject,
            Paragraph(AlertMailText.ConfirmIntro),
            Paragraph(Link(search, alert.Description)),
            Paragraph(frequency),
            Paragraph(action),
            Paragraph(Link(link, AlertMailText.ConfirmButton)),
            Paragraph(AlertMailText.ConfirmIgnore),
            Paragraph(AlertMailText.MailSignature));
        return new OutgoingMail(alert.Email, AlertMailText.ConfirmSubject, text, html);
    }

    /// <summary>The digest as composed: its calls newest first, the search, the management and unsubscribe links.</summary>
    public static OutgoingMail Digest(Alert alert, AlertDigest digest, PublicSiteOptions site)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(digest);
        var calls = digest.Calls.OrderBy(c => c.Position).ToList();
        var subject = calls.Count == 1
            ? Format(AlertMailText.DigestSubjectOne, alert.Description)
            : string.Format(French, AlertMailText.DigestSubjectMany, calls.Count, alert.Description);
        var intro = Format(AlertMailText.DigestIntro, alert.Description);
        var search = site.Link("/recherche" + alert.Query + (alert.Query.Length == 0 ? "?" : "&") + "sort=newest");
        var manage = site.Link(AlertPaths.Manage);
        var unsubscribe = AlertPaths.UnsubscribeLink(site, alert.UnsubscribeToken);

        var text = new List<string> { intro };
        var items = new List<string>();
        foreach (var call in calls)
        {
            var page = site.Link("/appels/" + Uri.EscapeDataString(call.Slug));
            var lines = new List<string> { "• " + call.Title, "  " + DeadlineText(call) };
            if (!string.IsNullOrEmpty(call.Funders)) lines.Add("  " + Format(AlertMailText.DigestFunders, call.Funders));
            if (call.NewSession) lines.Insert(1, "  " + SessionText(call));
            if (call.PublicUnstated) lines.Add("  " + AlertMailText.DigestPublicUnstated);
            lines.Add("  " + page);
            text.Add(string.Join("\n", lines));
            items.Add($"<li><a href=\"{Encode(page.ToString())}\">{Encode(call.Title)}</a>"
                + (call.NewSession ? "<br><strong>" + Encode(SessionText(call)) + "</strong>" : "")
                + $"<br>{Encode(DeadlineText(call))}"
                + (string.IsNullOrEmpty(call.Funders) ? "" : "<br>" + Encode(Format(AlertMailText.DigestFunders, call.Funders)))
                + (call.PublicUnstated ? "<br>" + Encode(AlertMailText.DigestPublicUnstated) : "") + "</li>");
        }
        var more = digest.MoreCount > 0 ? Format(AlertMailText.DigestMore, digest.MoreCount) : AlertMailText.DigestSearch;
        text.Add(more + "\n" + search.AbsoluteUri);
        text.Add(AlertMailText.DigestManage + "\n" + manage);
        text.Add(AlertMailText.DigestUnsubscribe + "\n" + unsubscribe);
        text.Add(AlertMailText.MailSignature);

        var html = Page(subject,
            Paragraph(intro),
            "<ul>" + string.Concat(items) + "</ul>",
            Paragraph(more) + Paragraph(Link(search, search.AbsoluteUri)),
            Paragraph(Link(manage, AlertMailText.DigestManage.TrimEnd(' ', ':'))),
            Paragraph(Link(unsubscribe, AlertMailText.DigestUnsubscribeButton)),
            Paragraph(AlertMailText.MailSignature));

        return new OutgoingMail(alert.Email, subject, string.Join("\n\n", text), html)
        {
            Headers = new Dictionary<string, string>
            {
                ["List-Unsubscribe"] = $"<{AlertPaths.OneClickLink(site, alert.UnsubscribeToken)}>",
                ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
            },
        };
    }

    /// <summary>« Nouvelle session » with the new window's dates, for a call the alert already received.</summary>
    private static string SessionText(DigestCall call) => call.OpensOn is { } opens
        ? Format(AlertMailText.DigestNewSessionFrom, opens.ToString("d MMMM yyyy", French))
        : AlertMailText.DigestNewSession;

    private static string DeadlineText(DigestCall call) => call.Deadline is { } deadline
        ? Format(AlertMailText.DigestDeadline, deadline.ToString("d MMMM yyyy", French))
        : AlertMailText.DigestNoDeadline;

    private static string Format(string template, object value) => string.Format(French, template, value);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Paragraph(string content) => $"<p>{(content.StartsWith('<') ? content : Encode(content))}</p>";

    // AbsoluteUri keeps the escapes: Uri.ToString() would print the raw space of « politique de la ville ».
    private static string Link(Uri target, string text) => $"<a href=\"{Encode(target.AbsoluteUri)}\">{Encode(text)}</a>";

    private static string Page(string title, params string[] blocks) =>
        $"<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>{Encode(title)}</title></head><body>{string.Concat(blocks)}</body></html>";
}
