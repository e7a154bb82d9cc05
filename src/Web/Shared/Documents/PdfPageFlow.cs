using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Plateforme.Web.Shared.Documents;

/// <summary>
/// Writes top-down on the A4 pages of a PDFsharp document, as the loan documents and the experience sheets do:
/// words wrapped to a width, a new page when the next line would not fit above the bottom margin.
/// </summary>
public abstract class PdfPageFlow(PdfDocument document, double margin, double lineGap)
{
    protected XGraphics? Graphics { get; private set; }

    protected PdfPage? Page { get; private set; }

    /// <summary>Where the next line starts, from the top of the page.</summary>
    protected double Y { get; set; }

    protected double Margin => margin;

    protected double LineGap => lineGap;

    protected double Width => Page!.Width.Point - 2 * margin;

    /// <summary>Starts a new page unless <paramref name="height"/> more points fit on this one.</summary>
    protected void Reserve(double height)
    {
        if (Y + height > Page!.Height.Point - margin) NewPage();
    }

    protected IEnumerable<string> Wrap(string text, XFont font, double width)
    {
        EnsurePage();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && Graphics!.MeasureString(Printable(candidate), font).Width > width)
            {
                yield return line;
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0) yield return line;
    }

    protected void EnsurePage()
    {
        if (Page is null) NewPage();
    }

    protected void NewPage()
    {
        Graphics?.Dispose();
        Page = document.AddPage();
        Page.Size = PdfSharp.PageSize.A4;
        Graphics = XGraphics.FromPdfPage(Page);
        Y = margin;
    }

    protected void DisposeGraphics() => Graphics?.Dispose();

    // WinAnsi has no narrow no-break space (French number formatting) nor non-breaking hyphen: the nearest printable
    // characters read the same.
    protected static string Printable(string text) => text.Replace('\u202f', '\u00a0').Replace('\u2011', '-');
}
