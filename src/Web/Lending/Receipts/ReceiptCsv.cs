using System.Globalization;
using System.Text;
using Plateforme.Lending.Calendar;
using Plateforme.Lending.Receipts;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Lending.Receipts;

/// <summary>
/// An issuer's register as the CSV a French spreadsheet opens as is: UTF-8 with a byte order mark, semicolons,
/// amounts with a decimal comma, every number, cancelled ones included (marked), in number order.
/// </summary>
public static class ReceiptCsv
{
    public static byte[] Write(IEnumerable<DonationReceipt> receipts)
    {
        ArgumentNullException.ThrowIfNull(receipts);
        var text = new StringBuilder();
        text.Append(ReceiptText.CsvHeader).Append("\r\n");
        foreach (var r in receipts)
        {
            string[] cells =
            [
                r.Number,
                r.DonatedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                r.DonorName,
                r.DonorAddress,
                (r.AmountCents / 100).ToString(CultureInfo.InvariantCulture) + "," + (r.AmountCents % 100).ToString("00", CultureInfo.InvariantCulture),
                r.PaymentMeans,
                r.CampaignTitle,
                r.IsCancelled ? ReceiptText.StateCancelled : ReceiptText.StateValid,
                r.CancelledAt is { } at ? ParisCalendar.DayOf(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "",
                r.CancelReason ?? "",
            ];
            text.AppendJoin(';', cells.Select(Cell)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    // Quoted when needed; a leading formula character is neutralised so a spreadsheet never runs a donor's text.
    private static string Cell(string value)
    {
        if (value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal)) value = "'" + value;
        return value.IndexOfAny([';', '"', '\r', '\n']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
