using System.Globalization;
using System.Net;
using Plateforme.Accounts.Mail;
using Plateforme.Accounts.Resources;

namespace Plateforme.Accounts.Structures;

/// <summary>The French e-mails of structures, each with a plain-text part and an HTML part.</summary>
public static class StructureMails
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static OutgoingMail Invitation(string to, string displayName, string structureName, StaffRole role, Uri link, bool newAccount)
    {
        var subject = string.Format(French, StructureText.InviteSubject, structureName);
        var body = string.Format(French, StructureText.InviteBody, structureName, StaffRoleLabels.Role(role));
        var action = newAccount ? StructureText.InviteChoosePassword : StructureText.InviteSignIn;
        return Compose(to, displayName, subject, [body, action], link);
    }

    /// <summary>A message with paragraphs and one link, used by the structures' notices (also from the web).</summary>
    public static OutgoingMail Compose(string to, string displayName, string subject, IReadOnlyList<string> paragraphs, Uri? link)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var greeting = string.Format(French, StructureText.MailGreeting, displayName);
        var textParts = new List<string> { greeting };
        textParts.AddRange(paragraphs);
        if (link is not null) textParts.Add(link.ToString());
        textParts.Add(StructureText.MailSignature);
        var html = new System.Text.StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>").Append(WebUtility.HtmlEncode(subject)).Append("</title></head><body>");
        html.Append("<p>").Append(WebUtility.HtmlEncode(greeting)).Append("</p>");
        foreach (var paragraph in paragraphs) html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph)).Append("</p>");
        if (link is not null) html.Append("<p><a href=\"").Append(WebUtility.HtmlEncode(link.ToString())).Append("\">").Append(WebUtility.HtmlEncode(link.ToString())).Append("</a></p>");
        html.Append("<p>").Append(WebUtility.HtmlEncode(StructureText.MailSignature)).Append("</p></body></html>");
        return new OutgoingMail(to, subject, string.Join("\n\n", textParts), html.ToString());
    }
}
