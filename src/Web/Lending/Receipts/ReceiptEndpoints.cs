using Plateforme.Accounts.Security;
using Plateforme.Accounts.Users;
using Plateforme.Lending.Receipts;
using Plateforme.Web.Lending.Documents;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Lending.Receipts;

/// <summary>
/// Receipts as PDF (for their donor and moderators), a donor's annual summary, and an issuer's register as CSV for
/// moderators. Refusals answer plain French text, like the loan documents.
/// </summary>
public static class ReceiptEndpoints
{
    public static IEndpointRouteBuilder MapReceipts(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(ReceiptPaths.ReceiptPdfPattern, ReceiptPdfAsync).RequireAuthorization().ExcludeFromDescription();
        app.MapGet(ReceiptPaths.SummaryPdfPattern, SummaryPdfAsync).RequireAuthorization().ExcludeFromDescription();
        app.MapGet(ReceiptPaths.RegisterCsv, RegisterCsvAsync).RequireAuthorization(AccountPolicies.PlatformModerator).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ReceiptPdfAsync(Guid receiptId, HttpContext context, CancellationToken cancellationToken)
    {
        var services = context.RequestServices;
        var receipt = await services.GetRequiredService<ReceiptService>().FindAsync(receiptId, cancellationToken);
        if (receipt is null) return Text(ReceiptText.ReceiptMissing, StatusCodes.Status404NotFound);
        if (!context.User.IsModerator() && !string.Equals(context.User.UserId()?.ToString(), receipt.DonorUserId, StringComparison.Ordinal))
        {
            return Text(ReceiptText.ReceiptForbidden, StatusCodes.Status403Forbidden);
        }

        var (content, stamp) = ReceiptDocument.Receipt(receipt);
        return Pdf(context, content, stamp, "recu-fiscal-" + receipt.Number + ".pdf");
    }

    private static async Task<IResult> SummaryPdfAsync(int year, string? emetteur, HttpContext context, CancellationToken cancellationToken)
    {
        var donor = context.User.UserId()?.ToString();
        if (donor is null || string.IsNullOrWhiteSpace(emetteur)) return Text(ReceiptText.ReceiptMissing, StatusCodes.Status404NotFound);
        var summary = await context.RequestServices.GetRequiredService<ReceiptService>().GetAnnualSummaryAsync(donor, emetteur, year, cancellationToken);
        if (summary is null) return Text(ReceiptText.ReceiptMissing, StatusCodes.Status404NotFound);
        var (content, stamp) = ReceiptDocument.Summary(summary);
        return Pdf(context, content, stamp, $"recapitulatif-dons-{year}.pdf");
    }

    private static async Task<IResult> RegisterCsvAsync(string? emetteur, string? annee, HttpContext context, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(emetteur)) return Text(ReceiptText.CsvIssuerMissing, StatusCodes.Status400BadRequest);
        int? year = null;
        if (!string.IsNullOrWhiteSpace(annee))
        {
            if (!int.TryParse(annee, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) || parsed is < 2000 or > 2100)
            {
                return Text(ReceiptText.CsvYearInvalid, StatusCodes.Status400BadRequest);
            }

            year = parsed;
        }

        var receipts = await context.RequestServices.GetRequiredService<ReceiptService>().ListForIssuerAsync(emetteur, year, cancellationToken);
        context.Response.Headers.CacheControl = "private, no-store";
        return Results.File(ReceiptCsv.Write(receipts), "text/csv; charset=utf-8", "recus-fiscaux" + (year is null ? "" : "-" + year) + ".csv");
    }

    private static IResult Pdf(HttpContext context, LoanDocumentContent content, DateTimeOffset stamp, string name)
    {
        var renderer = context.RequestServices.GetRequiredService<LoanDocumentPdfRenderer>();
        if (!renderer.Available) return Text(ReceiptText.PdfUnavailable, StatusCodes.Status503ServiceUnavailable);
        context.Response.Headers.CacheControl = "private, no-store";
        return Results.File(renderer.Render(content, stamp), "application/pdf", name);
    }

    private static IResult Text(string text, int status) => Results.Text(text, "text/plain; charset=utf-8", statusCode: status);
}
