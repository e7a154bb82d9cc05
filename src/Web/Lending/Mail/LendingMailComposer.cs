using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Plateforme.Accounts;
using Plateforme.Accounts.Mail;
using Plateforme.Accounts.Users;
using Plateforme.Lending.Calendar;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Messages;
using Plateforme.Lending.Money;
using Plateforme.Lending.Payments;
using Plateforme.Lending.Supporters;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Display;

namespace Plateforme.Web.Lending.Mail;

/// <summary>
/// Turns one outbox message into the French e-mails it stands for: recipients from the accounts module (a user's
/// address, or every moderator's), the campaign's title and figures to the cent from the message.
/// </summary>
public sealed class LendingMailComposer(
    CampaignService campaigns, SupporterMessageService supporterMessages, IOptions<PublicSiteOptions> site, IOptions<PaymentsOptions> payments)
{
    private static readonly CultureInfo French = FrenchFormat.Culture;

    public async Task<IReadOnlyList<OutgoingMail>> ComposeAsync(OutgoingMessage message, UserManager<PlatformUser> users, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(users);
        var campaign = message.CampaignId == Guid.Empty ? null : await campaigns.FindAsync(message.CampaignId, cancellationToken);
        var recipients = await RecipientsAsync(message, users);
        if (recipients.Count == 0) return [];

        var toCarrier = campaign is not null && string.Equals(message.RecipientUserId, campaign.CarrierUserId, StringComparison.Ordinal);
        var (subject, body, path) = LendingMailTemplates.For(message, toCarrier);
        object[] values =
        [
            campaign?.Title ?? "",
            Cents.Format(message.AmountCents ?? 0),
            Detail(message, campaign),
            OfflinePaymentProvider.ReferenceFor(new PaymentRequest("", message.CampaignId, message.PledgeId, message.RecipientUserId ?? "", message.AmountCents ?? 0)),
            await SupporterTextAsync(message, cancellationToken),
        ];
        var subjectText = string.Format(French, subject, values);
        var bodyText = string.Format(French, body, values);
        var link = LinkFor(path, message);
        return recipients.Select(r => Mail(r.Email!, r.DisplayName, subjectText, bodyText, link)).ToList();
    }

    private async Task<string> SupporterTextAsync(OutgoingMessage message, CancellationToken cancellationToken) =>
        SupporterMessageService.MessageIdOf(message) is { } id && await supporterMessages.FindAsync(id, cancellationToken) is { } written ? written.Text : "";

    private static async Task<List<PlatformUser>> RecipientsAsync(OutgoingMessage message, UserManager<PlatformUser> users)
    {
        if (message.Audience == MessageAudience.Moderators)
        {
            var moderators = await users.GetUsersInRoleAsync(PlatformRoles.Moderator);
            var administrators = await users.GetUsersInRoleAsync(PlatformRoles.Administrator);
            return moderators.Concat(administrators).Where(u => !string.IsNullOrEmpty(u.Email)).DistinctBy(u => u.Id).ToList();
        }

        // An id that names no account (a lender recorded without one) has no address, like a deleted account: the
        // message has no one to go to, instead of failing at every drain and holding back the messages behind it.
        var user = Guid.TryParse(message.RecipientUserId, out _) ? await users.FindByIdAsync(message.RecipientUserId!) : null;
        return user is null || string.IsNullOrEmpty(user.Email) ? [] : [user];
    }

    // The third value of a template: the payment deadline, or the instalment's number.
    private static string Detail(OutgoingMessage message, Campaign? campaign) => message.Kind switch
    {
        OutgoingMessageKind.PaymentRequested or OutgoingMessageKind.PaymentReminder or OutgoingMessageKind.CampaignFunded
            when campaign?.CollectionDeadline is { } deadline => ParisCalendar.DayOf(deadline).ToString("d MMMM yyyy", French),
        _ => message.InstalmentNumber?.ToString(French) ?? "",
    };

    private Uri? LinkFor(LendingMailPath path, OutgoingMessage message) => path switch
    {
        // With Stripe, a reminder's link opens a payment page for that very pledge (after a refused off-session charge).
        LendingMailPath.Campaign when message is { Kind: OutgoingMessageKind.PaymentReminder, PledgeId: { } pledgeId } && payments.Value.Provider == PaymentProviderKind.Stripe
            => site.Value.Link(Plateforme.Web.Lending.Payments.PaymentPaths.PayPledge(pledgeId)),
        LendingMailPath.Campaign => site.Value.Link($"/prets/{message.CampaignId}"),
        LendingMailPath.Moderation => site.Value.Link($"/moderation/prets/{message.CampaignId}"),
        LendingMailPath.Lender => site.Value.Link("/prets/mes-prets"),
        LendingMailPath.Carrier => site.Value.Link($"/prets/mes-campagnes/{message.CampaignId}"),
        _ => null,
    };

    private static OutgoingMail Mail(string to, string displayName, string subject, string body, Uri? link)
    {
        var greeting = string.Format(French, LendingModerationText.MailGreeting, string.IsNullOrWhiteSpace(displayName) ? LendingModerationText.MailGreetingFallback : displayName);
        var parts = new List<string> { greeting, body };
        if (link is not null) parts.Add(LendingModerationText.MailLinkIntro + "\n" + link);
        parts.Add(LendingModerationText.MailAutomatic);
        parts.Add(LendingModerationText.MailSignature);
        var html = new System.Text.StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>").Append(WebUtility.HtmlEncode(subject)).Append("</title></head><body>")
            .Append("<p>").Append(WebUtility.HtmlEncode(greeting)).Append("</p>")
            .Append("<p>").Append(WebUtility.HtmlEncode(body).Replace("\n", "<br>\n", StringComparison.Ordinal)).Append("</p>");
        if (link is not null)
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(LendingModerationText.MailLinkIntro)).Append(" <a href=\"")
                .Append(WebUtility.HtmlEncode(link.ToString())).Append("\">").Append(WebUtility.HtmlEncode(link.ToString())).Append("</a></p>");
        }

        html.Append("<p>").Append(WebUtility.HtmlEncode(LendingModerationText.MailAutomatic)).Append("</p>")
            .Append("<p>").Append(WebUtility.HtmlEncode(LendingModerationText.MailSignature)).Append("</p></body></html>");
        return new OutgoingMail(to, subject, string.Join("\n\n", parts), html.ToString());
    }
}
