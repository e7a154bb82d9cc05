using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using Plateforme.Web.Shared.Documents;

namespace Plateforme.Web.Lending.Documents;

/// <summary>
/// Lays a <see cref="LoanDocumentContent"/> out on A4 pages with PDFsharp. Text is WinAnsi-encoded (French accents,
/// « », € included), so the words are plain in the file and a reader can search and copy them.
/// </summary>
public static class LoanDocumentPdf
{
    private const double Margin = 56;
    private const double LineGap = 3;
    private static readonly XPdfFontOptions Encoding = new(PdfFontEncoding.WinAnsi);
    private static readonly Lock FontSetup = new();
    private static bool fontsReady;

    /// <param name="stampedAt">When given, the file's dates and identifiers are derived from it and the content instead
    /// of the clock and a random value, so the same content renders the same bytes (a tax receipt downloaded again).</param>
    public static byte[] Render(LoanDocumentContent content, DateTimeOffset? stampedAt = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        EnsureFonts();
        using var document = new PdfDocument();
        document.Info.Title = content.Title;
        document.Info.Creator = "Plateforme";
        if (stampedAt is { } stamp) Stamp(document, content, stamp);
        var writer = new PageWriter(document);
        writer.Paragraph(content.Title, Font(16, bold: true), after: 10);
        foreach (var block in content.Blocks)
        {
            switch (block.Kind)
            {
                case DocumentBlockKind.Heading:
                    writer.Paragraph(block.Text, Font(11, bold: true), before: 8);
                    break;
                case DocumentBlockKind.Notice:
                    writer.Paragraph(block.Text, Font(9.5, italic: true), after: 6);
                    break;
                case DocumentBlockKind.Terms:
                    foreach (var row in block.Rows) writer.Row([row[0], row[1]], [0.35, 0.65], Font(10, bold: true), Font(10));
                    break;
                case DocumentBlockKind.Table:
                    for (var i = 0; i < block.Rows.Count; i++)
                    {
                        var strong = i == 0 || i == block.Rows.Count - 1;
                        writer.Row(block.Rows[i], [0.2, 0.45, 0.35], Font(10, bold: strong), Font(10, bold: strong), alignLastRight: true);
                    }
                    break;
                default:
                    writer.Paragraph(block.Text, Font(10), after: 4);
                    break;
            }
        }

        writer.Finish();
        using var output = new MemoryStream();
        document.Save(output, false);
        var bytes = output.ToArray();
        if (stampedAt is not null) FixRandomParts(bytes, document.Internals.FirstDocumentID);
        return bytes;
    }

    // PDFsharp names each embedded font subset with a random six-letter tag ("/JBVNKV+DejaVu"), and its XMP metadata
    // with random UUIDs. Both are arbitrary (ISO 32000, 9.6.4; XMP media management), so a stamped document gets tags
    // by order of appearance and UUIDs from its identifier instead. Same lengths: the cross-reference offsets hold.
    private static void FixRandomParts(byte[] pdf, string documentId)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        var uuids = 0;
        var uuidMarker = "uuid:"u8;
        for (var i = 0; i + 7 < pdf.Length; i++)
        {
            if (i + 41 <= pdf.Length && pdf.AsSpan(i, 5).SequenceEqual(uuidMarker))
            {
                var seed = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(documentId + "/" + uuids++));
                System.Text.Encoding.ASCII.GetBytes(new Guid(seed.AsSpan(0, 16)).ToString("D"), 0, 36, pdf, i + 5);
                i += 40;
                continue;
            }

            if (pdf[i] != '/' || pdf[i + 7] != '+') continue;
            var isTag = true;
            for (var j = 1; j <= 6 && isTag; j++) isTag = pdf[i + j] is >= (byte)'A' and <= (byte)'Z';
            if (!isTag) continue;
            var tag = System.Text.Encoding.ASCII.GetString(pdf, i + 1, 6);
            if (!tags.TryGetValue(tag, out var fixedTag)) tags[tag] = fixedTag = "PLATF" + (char)('A' + (tags.Count % 26));
            System.Text.Encoding.ASCII.GetBytes(fixedTag, 0, 6, pdf, i + 1);
        }
    }

    private static void Stamp(PdfDocument document, LoanDocumentContent content, DateTimeOffset stamp)
    {
        document.Info.CreationDate = stamp.UtcDateTime;
        document.Info.ModificationDate = stamp.UtcDateTime;
        var text = content.Title + "\n" + string.Join("\n", content.Blocks.Select(b => b.Text + "|" + string.Join("|", b.Rows.SelectMany(r => r))));
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(stamp.ToString("O") + text)));
        document.Internals.FirstDocumentID = hash[..32];
        document.Internals.SecondDocumentID = hash[..32];
    }

    // PDFsharp's font resolver is process-wide and may be set only once.
    private static void EnsureFonts()
    {
        lock (FontSetup)
        {
            if (fontsReady) return;
            if (GlobalFontSettings.FontResolver is not DocumentFontResolver) GlobalFontSettings.FontResolver = new DocumentFontResolver();
            fontsReady = true;
        }
    }

    private static XFont Font(double size, bool bold = false, bool italic = false) =>
        new(DocumentFontResolver.Family, size, (bold ? XFontStyleEx.Bold : XFontStyleEx.Regular) | (italic ? XFontStyleEx.Italic : XFontStyleEx.Regular), Encoding);

    /// <summary>Writes lines top-down, wrapping words and starting new pages as needed.</summary>
    private sealed class PageWriter(PdfDocument document) : PdfPageFlow(document, LoanDocumentPdf.Margin, LoanDocumentPdf.LineGap)
    {
        public void Paragraph(string text, XFont font, double before = 0, double after = 2)
        {
            EnsurePage();
            Y += before;
            foreach (var line in Wrap(text, font, Width)) DrawLine(line, font, Margin, XStringFormats.TopLeft);
            Y += after;
        }

        public void Row(IReadOnlyList<string> cells, double[] widths, XFont first, XFont rest, bool alignLastRight = false)
        {
            EnsurePage();
            var height = first.GetHeight() + LineGap;
            Reserve(height);
            var x = Margin;
            for (var i = 0; i < cells.Count; i++)
            {
                var cellWidth = Width * widths[i];
                var right = alignLastRight && i == cells.Count - 1;
                var font = i == 0 ? first : rest;
                var text = Wrap(cells[i], font, cellWidth - 6).FirstOrDefault() ?? "";
                var rect = new XRect(x, Y, cellWidth - 6, height);
                Graphics!.DrawString(Printable(text), font, XBrushes.Black, rect, right ? XStringFormats.TopRight : XStringFormats.TopLeft);
                x += cellWidth;
            }

            Y += height;
            Graphics!.DrawLine(XPens.LightGray, Margin, Y - 1, Margin + Width, Y - 1);
        }

        public void Finish() => DisposeGraphics();

        private void DrawLine(string line, XFont font, double x, XStringFormat format)
        {
            var height = font.GetHeight() + LineGap;
            Reserve(height);
            Graphics!.DrawString(Printable(line), font, XBrushes.Black, new XRect(x, Y, Width, height), format);
            Y += height;
        }
    }
}
