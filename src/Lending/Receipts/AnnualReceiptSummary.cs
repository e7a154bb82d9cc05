namespace Plateforme.Lending.Receipts;

/// <summary>
/// A donor's gifts to one issuer over a calendar year: the valid receipts (cancelled ones left out) and their total.
/// The issuer's mentions are those of the year's last receipt, so the summary is rebuilt identically from the rows.
/// </summary>
public sealed record AnnualReceiptSummary(string IssuerKey, int Year, string DonorUserId, IReadOnlyList<DonationReceipt> Receipts)
{
    public long TotalCents => Receipts.Sum(r => r.AmountCents);

    public DonationReceipt Latest => Receipts[^1];
}
