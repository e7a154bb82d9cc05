using Plateforme.Lending.Accompaniments;

namespace Plateforme.Web.Structures.Accompaniments;

public sealed class FinancingForm
{
    public FinancingKind Kind { get; set; } = FinancingKind.PretDHonneur;

    /// <summary>Euros as typed (« 8 000 », « 1 500,50 »).</summary>
    public string Amount { get; set; } = "";

    public string Provider { get; set; } = "";
}
