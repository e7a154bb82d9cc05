using MailKit.Net.Smtp;

namespace Plateforme.Accounts.Mail;

/// <summary>Why a message could not be handed over, in the words an operator searches the mail server's logs for.</summary>
public static class MailFailure
{
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            SmtpCommandException smtp => $"SMTP {(int)smtp.StatusCode} ({smtp.ErrorCode}): {smtp.Message}",
            SmtpProtocolException protocol => $"SMTP: {protocol.Message}",
            _ => $"{exception.GetType().Name}: {exception.Message}",
        };
    }
}
