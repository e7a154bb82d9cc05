using PdfSharp;

namespace Plateforme.Web.Experiences.Pdf;

/// <summary>
/// PDFsharp 6.5 refuses to work until a licence is chosen, once per process. The host chooses it in
/// <c>Lending:Documents:PdfLicense</c> (« AGPL » or a commercial key), where the loan documents introduced it; the
/// experience sheets follow the same choice. Without one, the sheet page offers printing only and the PDF answers 503.
/// </summary>
public sealed class SheetPdfLicence
{
    public const string Setting = "Lending:Documents:PdfLicense";
    private static readonly Lock Licensing = new();

    public SheetPdfLicence(IConfiguration configuration, ILogger<SheetPdfLicence> logger)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var licence = (configuration[Setting] ?? "").Trim();
        if (licence.Length == 0) return;
        lock (Licensing)
        {
            try
            {
                if (string.Equals(licence, "AGPL", StringComparison.OrdinalIgnoreCase)) PdfSharpLicense.SetAgplLicense();
                else PdfSharpLicense.LoadLicense(licence);
                Available = true;
            }
            catch (Exception refused) when (refused is FormatException or ArgumentException or InvalidOperationException or PdfSharp.License.PdfSharpLicenseException)
            {
                Available = false;
            }
        }

        if (!Available) logger.LogWarning("The PDFsharp licence in {Setting} is not valid: experience sheets are offered as printable pages only", Setting);
    }

    public bool Available { get; }
}
