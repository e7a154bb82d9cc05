namespace Plateforme.Web.Lending.Documents;

/// <summary>
/// Settings of the loan documents (section <c>Lending:Documents</c>). PDFsharp 6.5 is dual-licensed (AGPL-3.0 or
/// commercial) and refuses to work until a licence is chosen: "AGPL" accepts the AGPL, any other text is loaded as a
/// commercial licence key. Empty: no PDF, the printable pages remain.
/// </summary>
public sealed class LoanDocumentOptions
{
    public const string SectionName = "Lending:Documents";

    public string PdfLicense { get; set; } = "";
}
