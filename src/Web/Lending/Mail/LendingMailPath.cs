namespace Plateforme.Web.Lending.Mail;

/// <summary>Which page an e-mail links to (when the site's address is configured).</summary>
public enum LendingMailPath
{
    None,
    Campaign,
    Carrier,
    Lender,
    Moderation,
}
