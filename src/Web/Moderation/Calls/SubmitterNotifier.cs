using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Plateforme.Accounts;
using Plateforme.Accounts.Mail;
using Plateforme.Accounts.Users;
using Plateforme.Search.Moderation;
using Plateforme.Web.Shared.Navigation;

namespace Plateforme.Web.Moderation.Calls;

/// <summary>
/// Tells the member who posted a call what the moderation decided. The decision is already committed: a mail
/// that cannot be sent is logged, never turned into an error page, and an account deleted since gets nothing.
/// </summary>
public sealed partial class SubmitterNotifier(UserManager<PlatformUser> users, IMailer mailer, IOptions<PublicSiteOptions> site, ILogger<SubmitterNotifier> logger)
{
    public Task ApprovedAsync(ModerationResult result) =>
        SendAsync(result, user => CallModerationMails.Approved(user.Email!, user.DisplayName, result.Title, site.Value.Link(CallLinks.Detail(result.Slug))));

    public Task RejectedAsync(ModerationResult result, string reason) =>
        SendAsync(result, user => CallModerationMails.Rejected(user.Email!, user.DisplayName, result.Title, reason,
            site.Value.Link(SubmissionPaths.Call(result.OrganisationId!.Value, result.CallId))));

    private async Task SendAsync(ModerationResult result, Func<PlatformUser, OutgoingMail> mail)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Outcome != ModerationOutcome.Done || result.SubmittedByUserId is not { } userId || result.OrganisationId is null) return;
        var user = await users.FindByIdAsync(userId.ToString());
        if (user?.Email is null) return;
        try
        {
            await mailer.SendAsync(mail(user));
        }
        catch (Exception failure) when (failure is IOException or InvalidOperationException or MailKit.CommandException or MailKit.ProtocolException or System.Net.Sockets.SocketException or System.Security.Authentication.AuthenticationException)
        {
            LogMailFailed(failure, result.CallId);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The moderation decision on call {CallId} could not be mailed to its submitter")]
    private partial void LogMailFailed(Exception exception, Guid callId);
}
