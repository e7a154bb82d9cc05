using MimeKit;

namespace Plateforme.Accounts.Mail;

internal static class MimeMessages
{
    public static MimeMessage Build(OutgoingMail mail, MailOptions options, DateTimeOffset now)
    {
        var message = new MimeMessage
        {
            Subject = mail.Subject,
            Date = now,
            Body = new BodyBuilder { TextBody = mail.Text, HtmlBody = mail.Html }.ToMessageBody(),
        };
        message.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        message.To.Add(MailboxAddress.Parse(mail.To));
        return message;
    }
}
