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
        if (mail.MessageId is not null) message.MessageId = mail.MessageId;
        foreach (var (name, value) in mail.Headers) message.Headers.Add(name, value);
        return message;
    }
}
