using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Plateforme.Web.Shared.Documents;

namespace Plateforme.Web.Experiences.Pdf;

/// <summary>Writes wrapped lines top-down on A4 pages of a PDFsharp document, starting a page when one is full.</summary>
internal sealed class SheetPdfWriter(PdfDocument document) : PdfPageFlow(document, PageMargin, 2.5), IDisposable
{
    public const double PageMargin = 50;
    private static readonly XPdfFontOptions WinAnsi = new(PdfFontEncoding.WinAnsi);
    private static readonly XColor Accent = XColor.FromArgb(0x00, 0x4b, 0x8d);

    public static XFont Font(double size, bool bold = false, bool italic = false) =>
        new(DocumentFontResolver.Family, size, (bold ? XFontStyleEx.Bold : XFontStyleEx.Regular) | (italic ? XFontStyleEx.Italic : XFontStyleEx.Regular), WinAnsi);

    public void Paragraph(string text, XFont font, double before = 0, double after = 3, bool accent = false, double indent = 0)
    {
        EnsurePage();
        Y += before;
        foreach (var line in Wrap(text, font, Width - indent)) Line(line, font, accent, indent);
        Y += after;
    }

    /// <summary>A section title with a rule under it, kept with at least its first lines (no title alone at a page's foot).</summary>
    public void Heading(string text)
    {
        EnsurePage();
        var font = Font(12, bold: true);
        Reserve(4 * (font.GetHeight() + LineGap));
        Y += 10;
        Line(text, font, accent: true, indent: 0);
        Graphics!.DrawLine(new XPen(Accent, 0.8), Margin, Y, Margin + Width, Y);
        Y += 4;
    }

    /// <summary>A label and its value side by side (the sheet's identity block).</summary>
    public void Fact(string label, string value)
    {
        EnsurePage();
        const double labelShare = 0.3;
        var labelFont = Font(9.5, bold: true);
        var valueFont = Font(9.5);
        var lines = Wrap(value, valueFont, Width * (1 - labelShare)).ToList();
        var height = valueFont.GetHeight() + LineGap;
        Reserve(height);
        Graphics!.DrawString(Printable(label), labelFont, XBrushes.Black, new XRect(Margin, Y, Width * labelShare, height), XStringFormats.TopLeft);
        foreach (var line in lines) Line(line, valueFont, accent: false, indent: Width * labelShare);
        Y += 2;
    }

    public void Rule()
    {
        EnsurePage();
        Y += 4;
        Graphics!.DrawLine(XPens.LightGray, Margin, Y, Margin + Width, Y);
        Y += 6;
    }

    public void Dispose() => DisposeGraphics();

    private void Line(string text, XFont font, bool accent, double indent)
    {
        var height = font.GetHeight() + LineGap;
        Reserve(height);
        Graphics!.DrawString(Printable(text), font, accent ? new XSolidBrush(Accent) : XBrushes.Black, new XRect(Margin + indent, Y, Width - indent, height), XStringFormats.TopLeft);
        Y += height;
    }
}
