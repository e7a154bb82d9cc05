namespace Plateforme.Accounts.Mail;

/// <summary>Sends e-mail: to a pickup folder by default, to SMTP by configuration ("Accounts:Mail:Delivery").</summary>
public interface IMailer
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default);
}
