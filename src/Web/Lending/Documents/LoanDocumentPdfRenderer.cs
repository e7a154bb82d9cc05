using Microsoft.Extensions.Options;
using PdfSharp;

namespace Plateforme.Web.Lending.Documents;

/// <summary>Renders loan documents as PDF when a PDFsharp licence is configured (see <see cref="LoanDocumentOptions"/>).</summary>
public sealed class LoanDocumentPdfRenderer
{
    private static readonly Lock Licensing = new();

    public LoanDocumentPdfRenderer(IOptions<LoanDocumentOptions> options, ILogger<LoanDocumentPdfRenderer> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var license = options.Value.PdfLicense.Trim();
        if (license.Length == 0) return;
        // PDFsharp keeps its licence process-wide; it only says whether one is valid when asked to work.
        lock (Licensing)
        {
            try
            {
                if (string.Equals(license, "AGPL", StringComparison.OrdinalIgnoreCase)) PdfSharpLicense.SetAgplLicense();
                else PdfSharpLicense.LoadLicense(license);
                Available = true;
            }
            catch (Exception refused) when (refused is FormatException or ArgumentException or InvalidOperationException or PdfSharp.License.PdfSharpLicenseException)
            {
                Available = false;
            }
        }

        if (!Available) logger.LogWarning("The PDFsharp licence in {Setting} is not valid: loan documents are offered as printable pages only", LoanDocumentOptions.SectionName);
    }

    /// <summary>False without a valid licence: pages then hide the PDF links and the PDF addresses answer 503.</summary>
    public bool Available { get; }

    public byte[] Render(LoanDocumentContent content, DateTimeOffset? stampedAt = null) =>
        Available ? LoanDocumentPdf.Render(content, stampedAt) : throw new InvalidOperationException("No PDFsharp licence is configured.");
}
