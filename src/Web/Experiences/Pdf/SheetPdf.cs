using System.Security.Cryptography;
using System.Text;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using Plateforme.Experiences.Finding;
using Plateforme.Experiences.Sheets;
using Plateforme.Web.Shared.Display;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Documents;

namespace Plateforme.Web.Experiences.Pdf;

/// <summary>
/// A published sheet as an A4 PDF in the layout of the centres de ressources' « fiches d'expérience » (the Amiens
/// sheet): title block, identity, the sections in the seed's order, costs, contacts as allowed, links, contributor and
/// source. The same sheet version always gives the same bytes: dates and identifiers come from the sheet, not the clock.
/// </summary>
public static class SheetPdf
{
    private static readonly Lock FontSetup = new();

    public static byte[] Render(Experience sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        EnsureFonts();
        using var document = new PdfDocument();
        document.Info.Title = sheet.Title;
        document.Info.Subject = ExperienceUi.SheetKicker;
        document.Info.Creator = UiText.SiteName;
        Stamp(document, sheet);
        using (var writer = new SheetPdfWriter(document)) Write(writer, sheet);
        using var output = new MemoryStream();
        document.Save(output, false);
        var bytes = output.ToArray();
        PdfDeterminism.ReplaceRandomParts(bytes, document.Internals.FirstDocumentID);
        return bytes;
    }

    private static void Write(SheetPdfWriter writer, Experience sheet)
    {
        writer.Paragraph(ExperienceUi.SheetKicker.ToUpperInvariant(), SheetPdfWriter.Font(9, bold: true), accent: true, after: 4);
        writer.Paragraph(sheet.Title, SheetPdfWriter.Font(17, bold: true), after: 6);
        writer.Paragraph(sheet.Summary, SheetPdfWriter.Font(10.5, italic: true), after: 6);
        writer.Rule();
        foreach (var (label, value) in Facts(sheet)) writer.Fact(label, value);
        writer.Rule();

        foreach (var (title, text) in SheetSections.Of(sheet))
        {
            if (text.Length == 0) continue;
            writer.Heading(title);
            foreach (var paragraph in SheetSections.Lines(text)) writer.Paragraph(paragraph, SheetPdfWriter.Font(10));
        }

        writer.Heading(ExperienceUi.SectionContacts);
        if (sheet.ContactsPublic && sheet.Contacts.Length > 0)
        {
            foreach (var contact in SheetSections.Lines(sheet.Contacts)) writer.Paragraph(contact, SheetPdfWriter.Font(10));
        }
        else
        {
            writer.Paragraph(string.Format(FrenchFormat.Culture, ExperienceUi.ContactsWithheld, sheet.ContributorStructure), SheetPdfWriter.Font(10));
        }

        if (ExperienceLink.All(sheet.Links) is { Count: > 0 } links)
        {
            writer.Heading(ExperienceUi.SectionLinks);
            foreach (var link in links) writer.Paragraph($"{link.Label} : {link.Address}", SheetPdfWriter.Font(9.5));
        }

        writer.Rule();
        writer.Paragraph($"{ExperienceUi.FactContributor} : {sheet.ContributorStructure}", SheetPdfWriter.Font(9));
        if (sheet.Source.Length > 0) writer.Paragraph($"{ExperienceUi.FactSource} : {sheet.Source}", SheetPdfWriter.Font(9, italic: true));
        writer.Paragraph(string.Format(FrenchFormat.Culture, ExperienceUi.LastReviewed, sheet.LastReviewedOn.Year), SheetPdfWriter.Font(9));
    }

    private static IEnumerable<(string Label, string Value)> Facts(Experience sheet)
    {
        var place = ExperiencePlaces.Label(sheet);
        if (sheet.Neighbourhood is { } neighbourhood) place += " — " + neighbourhood;
        if (sheet.IsPriorityNeighbourhood == true) place += " (" + ExperienceUi.PriorityNeighbourhood + ")";
        yield return (ExperienceUi.FactPlace, place);
        yield return (ExperienceUi.FactThemes, string.Join(" · ", sheet.ThemeSlugs.Select(ExperienceThemes.Label)));
        if (sheet.Innovation is { } category) yield return (ExperienceUi.FactInnovation, ExperienceLabels.Innovation(category));
        yield return (ExperienceUi.FactCarrier,
            $"{sheet.CarrierName} ({ExperienceLabels.Carrier(sheet.Carrier)}{(sheet.LegalForm.Length > 0 ? ", " + sheet.LegalForm : "")})");
        if (sheet.Period.Length > 0) yield return (ExperienceUi.FactPeriod, sheet.Period);
        if (sheet.Partners.Length > 0) yield return (ExperienceUi.FactPartners, string.Join(" ; ", SheetSections.Lines(sheet.Partners)));
    }

    // The file's dates are the sheet's last change and its identifier a hash of the sheet's version: a second download
    // of the same version is the same file, and a new version is a new one.
    private static void Stamp(PdfDocument document, Experience sheet)
    {
        document.Info.CreationDate = sheet.UpdatedAt.UtcDateTime;
        document.Info.ModificationDate = sheet.UpdatedAt.UtcDateTime;
        var identity = $"{sheet.Id:N}/{sheet.Version}/{sheet.UpdatedAt:O}";
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..32];
        document.Internals.FirstDocumentID = hash;
        document.Internals.SecondDocumentID = hash;
    }

    // PDFsharp's font resolver is process-wide and set once for every document of the host.
    private static void EnsureFonts()
    {
        lock (FontSetup)
        {
            if (GlobalFontSettings.FontResolver is not DocumentFontResolver) GlobalFontSettings.FontResolver = new DocumentFontResolver();
        }
    }
}
