using System.Globalization;
using System.Net;
using Plateforme.Accounts;
using Plateforme.Accounts.Mail;
using Plateforme.Alerts.Resources;

namespace Plateforme.Alerts.Applications;

/// <summary>The deadline reminder of an application « en préparation », in French, text and HTML.</summary>
public static class ApplicationMails
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static OutgoingMail Reminder(string to, string organisationName, CallApplication application, ApplicationReminder reminder, PublicSiteOptions site)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(reminder);
        ArgumentNullException.ThrowIfNull(site);
        var date = reminder.Deadline.ToString("dddd d MMMM yyyy", French);
        var subject = string.Format(French, ApplicationText.ReminderSubject, reminder.DaysBefore, application.CallTitle);
        var intro = string.Format(French, ApplicationText.ReminderIntro, organisationName, application.CallTitle, date);
        var call = site.Link("/appels/" + Uri.EscapeDataString(application.CallSlug));
        var pipeline = site.Link(AccountPaths.OrganisationPage(application.OrganisationId));
        var text = string.Join("\n\n", intro, ApplicationText.ReminderCall + "\n" + call.AbsoluteUri,
            ApplicationText.ReminderPipeline + "\n" + pipeline.AbsoluteUri, ApplicationText.ReminderWhy);
        var html = "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>" + Encode(subject) + "</title></head><body>"
            + "<p>" + Encode(intro) + "</p>"
            + "<p><a href=\"" + Encode(call.AbsoluteUri) + "\">" + Encode(ApplicationText.ReminderCall) + "</a></p>"
            + "<p><a href=\"" + Encode(pipeline.AbsoluteUri) + "\">" + Encode(ApplicationText.ReminderPipeline) + "</a></p>"
            + "<p>" + Encode(ApplicationText.ReminderWhy) + "</p></body></html>";
        // One Message-ID per reminder and address: a resend after a crash replaces the file in a pickup folder.
        return new OutgoingMail(to, subject, text, html)
        {
            MessageId = $"rappel-{reminder.Id:N}-{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(to)))[..12].ToLowerInvariant()}@plateforme",
        };
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
