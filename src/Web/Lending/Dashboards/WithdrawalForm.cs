namespace Plateforme.Web.Lending.Dashboards;

/// <summary>A withdrawal request as posted. The key is drawn when the form is shown, so a repeated post counts once.</summary>
public sealed class WithdrawalForm
{
    public string Amount { get; set; } = "";

    public string Key { get; set; } = "";
}
