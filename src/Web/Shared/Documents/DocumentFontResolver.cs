using PdfSharp.Fonts;

namespace Plateforme.Web.Shared.Documents;

/// <summary>
/// PDFsharp 6 finds no system font on Linux: every family resolves to DejaVu Sans (free licence, see Lending/Documents/
/// Fonts/DejaVu-LICENSE.txt), embedded in this assembly. Italic is simulated. Shared: PDFsharp takes one resolver per process.
/// </summary>
public sealed class DocumentFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, false, italic);

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(DocumentFontResolver).Assembly.GetManifestResourceStream($"Plateforme.Web.Fonts.{faceName}.ttf");
        if (stream is null) return null;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
