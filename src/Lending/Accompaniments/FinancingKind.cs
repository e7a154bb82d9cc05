namespace Plateforme.Lending.Accompaniments;

/// <summary>Money obtained beside the campaign, which the campaign levers (« effet levier »).</summary>
public enum FinancingKind
{
    /// <summary>An interest-free personal loan of an Initiative platform.</summary>
    PretDHonneur,

    BankLoan,

    Grant,

    Other,
}
