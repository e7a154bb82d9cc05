namespace Plateforme.Lending.Receipts;

/// <summary>
/// The last receipt number given by an issuer in a year. Incremented in the transaction that issues the receipt, so
/// a rolled-back issue gives its number back (no gap) and the row lock queues concurrent issues (no duplicate).
/// </summary>
public sealed class ReceiptCounter
{
    public required string IssuerKey { get; init; }
    public int Year { get; init; }
    public long LastNumber { get; set; }
}
