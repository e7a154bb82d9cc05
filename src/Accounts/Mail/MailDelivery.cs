namespace Plateforme.Accounts.Mail;

public enum MailDelivery
{
    /// <summary>Each message is written as an .eml file in a folder (default; read them with any mail client).</summary>
    Pickup,

    /// <summary>Sent to an SMTP server through MailKit.</summary>
    Smtp,
}
