namespace Plateforme.Web.Accounts.Forms;

/// <summary>The current password or a current app code, asked again before a security setting is lowered.</summary>
public sealed class ConfirmForm
{
    public string Secret { get; set; } = "";
}
