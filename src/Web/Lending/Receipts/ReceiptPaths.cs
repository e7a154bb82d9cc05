namespace Plateforme.Web.Lending.Receipts;

/// <summary>The addresses of receipts, their summaries and the moderators' register.</summary>
public static class ReceiptPaths
{
    public const string ReceiptPdfPattern = "/prets/recus/{receiptId:guid}.pdf";
    public const string SummaryPdfPattern = "/prets/recus/recapitulatif-{year:int}.pdf";
    public const string Register = "/moderation/recus-fiscaux";
    public const string RegisterCsv = "/moderation/recus-fiscaux/export.csv";

    public static string ReceiptPdf(Guid receiptId) => $"/prets/recus/{receiptId}.pdf";

    public static string SummaryPdf(int year, string issuerKey) => $"/prets/recus/recapitulatif-{year}.pdf?emetteur={Uri.EscapeDataString(issuerKey)}";

    public static string RegisterCsvOf(string issuerKey, int? year) =>
        RegisterCsv + "?emetteur=" + Uri.EscapeDataString(issuerKey) + (year is null ? "" : "&annee=" + year);

    public static string RegisterOf(string issuerKey) => Register + "?emetteur=" + Uri.EscapeDataString(issuerKey);
}
