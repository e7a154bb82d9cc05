using Plateforme.Lending.Calendar;
using Plateforme.Lending.Money;
using Plateforme.Lending.Receipts;
using Plateforme.Web.Lending.Documents;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Display;

namespace Plateforme.Web.Lending.Receipts;

/// <summary>
/// A receipt and a donor's annual summary as document blocks, laid out by the loan documents' PDF writer. Everything
/// comes from the stored receipt rows (never the clock), and the PDF is stamped with the receipt's own instant, so a
/// download renders the same bytes as the one before.
/// </summary>
public static class ReceiptDocument
{
    public static (LoanDocumentContent Content, DateTimeOffset StampedAt) Receipt(DonationReceipt receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        var blocks = new List<DocumentBlock>();
        if (receipt.CancelledAt is { } cancelledAt)
        {
            blocks.Add(DocumentBlock.Notice(Format(ReceiptText.ReceiptCancelled, FrenchFormat.Date(ParisCalendar.DayOf(cancelledAt)), receipt.CancelReason ?? "")));
        }

        blocks.AddRange(IssuerBlocks(receipt));
        blocks.Add(DocumentBlock.Heading(ReceiptText.DonorHeading));
        blocks.AddRange(Terms([ReceiptText.NameLabel, receipt.DonorName], [ReceiptText.AddressLabel, receipt.DonorAddress]));
        blocks.Add(DocumentBlock.Heading(ReceiptText.GiftHeading));
        blocks.AddRange(Terms(
            [ReceiptText.AmountLabel, Cents.Format(receipt.AmountCents)],
            [ReceiptText.AmountWordsLabel, FrenchAmountWords.Euros(receipt.AmountCents)],
            [ReceiptText.DateLabel, FrenchFormat.Date(receipt.DonatedOn)],
            [ReceiptText.FormLabel, ReceiptText.FormValue],
            [ReceiptText.NatureLabel, ReceiptText.NatureValue],
            [ReceiptText.MeansLabel, receipt.PaymentMeans],
            [ReceiptText.CampaignLabel, receipt.CampaignTitle]));
        blocks.AddRange(Closing(receipt));
        var stamp = receipt.CancelledAt ?? receipt.IssuedAt;
        return (new LoanDocumentContent(Format(ReceiptText.ReceiptTitle, receipt.Number), blocks), stamp);
    }

    public static (LoanDocumentContent Content, DateTimeOffset StampedAt) Summary(AnnualReceiptSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var latest = summary.Latest;
        var blocks = new List<DocumentBlock> { DocumentBlock.Notice(ReceiptText.SummaryNotice) };
        blocks.AddRange(IssuerBlocks(latest));
        blocks.Add(DocumentBlock.Heading(ReceiptText.DonorHeading));
        blocks.AddRange(Terms([ReceiptText.NameLabel, latest.DonorName], [ReceiptText.AddressLabel, latest.DonorAddress]));
        blocks.Add(DocumentBlock.Heading(ReceiptText.SummaryReceiptsHeading));
        var rows = new List<IReadOnlyList<string>> { new[] { ReceiptText.SummaryHeaderNumber, ReceiptText.SummaryHeaderDetail, ReceiptText.SummaryHeaderAmount } };
        rows.AddRange(summary.Receipts.Select(r => (IReadOnlyList<string>)[r.Number, FrenchFormat.Date(r.DonatedOn) + ", " + r.PaymentMeans, Cents.Format(r.AmountCents)]));
        rows.Add([ReceiptText.SummaryTotal, "", Cents.Format(summary.TotalCents)]);
        blocks.Add(new DocumentBlock(DocumentBlockKind.Table, "", rows));
        blocks.Add(DocumentBlock.Paragraph(Format(ReceiptText.SummaryTotalWords, FrenchAmountWords.Euros(summary.TotalCents))));
        blocks.Add(DocumentBlock.Paragraph(ReceiptText.Article200));
        var stamp = summary.Receipts.Max(r => r.IssuedAt);
        blocks.Add(DocumentBlock.Paragraph(Format(ReceiptText.Signature, FrenchFormat.Date(ParisCalendar.DayOf(stamp)), latest.SignerName, latest.SignerRole)));
        return (new LoanDocumentContent(Format(ReceiptText.SummaryTitle, summary.Year, latest.IssuerName), blocks), stamp);
    }

    private static IEnumerable<DocumentBlock> IssuerBlocks(DonationReceipt receipt)
    {
        yield return DocumentBlock.Heading(ReceiptText.IssuerHeading);
        foreach (var block in Terms(
            [ReceiptText.NameLabel, receipt.IssuerName],
            [ReceiptText.AddressLabel, receipt.IssuerAddress],
            [ReceiptText.PurposeLabel, receipt.IssuerPurpose],
            [ReceiptText.KindLabel, receipt.IssuerKind]))
        {
            yield return block;
        }
    }

    private static IEnumerable<DocumentBlock> Closing(DonationReceipt receipt)
    {
        yield return DocumentBlock.Paragraph(ReceiptText.Article200);
        yield return DocumentBlock.Paragraph(Format(ReceiptText.Signature, FrenchFormat.Date(ParisCalendar.DayOf(receipt.IssuedAt)), receipt.SignerName, receipt.SignerRole));
    }

    // One paragraph per mention rather than a two-column row: the writer keeps a row's first line only, and a
    // mention must be printed whole.
    private static IEnumerable<DocumentBlock> Terms(params IReadOnlyList<string>[] rows) =>
        rows.Select(row => DocumentBlock.Paragraph(row[0] + " : " + row[1]));

    private static string Format(string template, params object?[] values) => string.Format(FrenchFormat.Culture, template, values);
}
