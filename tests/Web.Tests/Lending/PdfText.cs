using System.Text;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;

namespace Plateforme.Web.Tests.Lending;

/// <summary>Opens a PDF with PDFsharp's reader (so it must be well formed) and reads back the text its pages show.</summary>
public static class PdfText
{
    private static readonly Encoding WinAnsi = CodePagesEncoding();

    static PdfText()
    {
        // PDFsharp 6.5 reads nothing without a licence choice; the app under test made the same one.
        PdfSharp.PdfSharpLicense.SetAgplLicense();
    }

    public static string Extract(byte[] pdf)
    {
        using var stream = new MemoryStream(pdf);
        using var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
        var text = new StringBuilder();
        foreach (var page in document.Pages)
        {
            foreach (var item in ContentReader.ReadContent(page)) Collect(item, text);
        }

        return text.ToString();
    }

    private static void Collect(CObject item, StringBuilder text)
    {
        switch (item)
        {
            case COperator op when op.OpCode.Name is "Tj" or "TJ" or "'" or "\"":
                foreach (var operand in op.Operands) Collect(operand, text);
                text.Append('\n');
                break;
            case CSequence sequence:
                foreach (var inner in sequence) Collect(inner, text);
                break;
            case CString value:
                // WinAnsi bytes come back one char per byte: decode them as Windows-1252 (€ is 0x80).
                text.Append(WinAnsi.GetString(value.Value.Select(c => (byte)c).ToArray()));
                break;
        }
    }

    private static Encoding CodePagesEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
