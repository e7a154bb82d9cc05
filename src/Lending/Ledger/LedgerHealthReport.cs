namespace Plateforme.Lending.Ledger;

/// <summary>The result of <see cref="LedgerInvariantChecker"/>: healthy when no invariant is broken.</summary>
public sealed record LedgerHealthReport(IReadOnlyList<string> Violations, int Transactions, int Entries)
{
    public bool IsHealthy => Violations.Count == 0;
}
