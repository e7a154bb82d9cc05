using System.ComponentModel.DataAnnotations;

namespace Plateforme.Accounts.Mail;

/// <summary>"Accounts:Mail".</summary>
public sealed class MailOptions
{
    [EnumDataType(typeof(MailDelivery))]
    public MailDelivery Delivery { get; set; } = MailDelivery.Pickup;

    /// <summary>A relative folder is taken from the web content root.</summary>
    [Required(AllowEmptyStrings = false)]
    public string PickupFolder { get; set; } = "data/mail";

    [Required(AllowEmptyStrings = false)]
    public string FromAddress { get; set; } = "ne-pas-repondre@plateforme.local";

    public string FromName { get; set; } = "Plateforme";

    public string SmtpHost { get; set; } = "localhost";

    [Range(1, 65_535)]
    public int SmtpPort { get; set; } = 587;

    /// <summary>Leave empty for a server that needs no authentication.</summary>
    public string? SmtpUserName { get; set; }

    public string? SmtpPassword { get; set; }

    /// <summary>STARTTLS when the server offers it (Auto), or None for a local relay.</summary>
    public bool SmtpUseTls { get; set; } = true;
}
