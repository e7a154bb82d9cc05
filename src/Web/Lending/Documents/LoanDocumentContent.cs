using System.Globalization;
using Plateforme.Lending.Documents;
using Plateforme.Lending.Money;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Display;

namespace Plateforme.Web.Lending.Documents;

/// <summary>
/// The text of a contract or a summary sheet, as blocks both the printable page and the PDF render, so the two
/// always say the same thing. Amounts come from the schedule's cents; its total is the loan's amount.
/// </summary>
public sealed record LoanDocumentContent(string Title, IReadOnlyList<DocumentBlock> Blocks)
{
    private static readonly CultureInfo French = FrenchFormat.Culture;

    public static LoanDocumentContent Build(LoanDocument document, LoanDocumentKind kind, DateOnly issuedOn)
    {
        ArgumentNullException.ThrowIfNull(document);
        var blocks = new List<DocumentBlock>();
        if (document.Provisional) blocks.Add(DocumentBlock.Notice(LendingDashboardText.DocumentProvisional));
        if (kind == LoanDocumentKind.Contract)
        {
            blocks.Add(DocumentBlock.Heading(LendingDashboardText.DocumentParties));
            blocks.Add(DocumentBlock.Paragraph(Format(LendingDashboardText.DocumentLender, document.LenderName, document.AddressLine, document.PostalCode, document.City)));
            blocks.Add(DocumentBlock.Paragraph(Format(LendingDashboardText.DocumentBorrower, document.CarrierName, document.CampaignTitle)));
            blocks.Add(DocumentBlock.Heading(LendingDashboardText.DocumentArticle1Title));
            blocks.Add(DocumentBlock.Paragraph(Format(LendingDashboardText.DocumentArticle1, Cents.Format(document.AmountCents), document.CampaignTitle)));
            blocks.Add(DocumentBlock.Heading(LendingDashboardText.DocumentArticle2Title));
            blocks.Add(DocumentBlock.Paragraph(LendingDashboardText.DocumentArticle2));
            blocks.Add(DocumentBlock.Heading(LendingDashboardText.DocumentArticle3Title));
            blocks.Add(DocumentBlock.Paragraph(Format(LendingDashboardText.DocumentArticle3, document.TermMonths, document.GraceMonths)));
            blocks.Add(DocumentBlock.Heading(LendingDashboardText.DocumentArticle4Title));
            blocks.Add(DocumentBlock.Paragraph(LendingDashboardText.DocumentArticle4));
            blocks.Add(DocumentBlock.Heading(LendingDashboardText.DocumentArticle5Title));
            blocks.Add(DocumentBlock.Paragraph(LendingDashboardText.DocumentArticle5));
            blocks.Add(DocumentBlock.Heading(LendingDashboardText.DocumentArticle6Title));
            blocks.Add(DocumentBlock.Paragraph(LendingDashboardText.DocumentArticle6));
        }
        else
        {
            blocks.Add(new DocumentBlock(DocumentBlockKind.Terms, "", Terms(document)));
        }

        blocks.Add(DocumentBlock.Heading(LendingDashboardText.DocumentScheduleTitle));
        blocks.Add(new DocumentBlock(DocumentBlockKind.Table, "", Schedule(document)));
        blocks.Add(DocumentBlock.Paragraph(Format(LendingDashboardText.DocumentIssued, Day(issuedOn), document.PledgeId.ToString("N")[..12].ToUpperInvariant())));
        return new LoanDocumentContent(kind == LoanDocumentKind.Contract ? LendingDashboardText.ContractTitle : LendingDashboardText.SummaryTitle, blocks);
    }

    private static List<IReadOnlyList<string>> Terms(LoanDocument document)
    {
        var first = document.Schedule.Count > 0 ? Day(document.Schedule[0].DueDate) : "—";
        var last = document.Schedule.Count > 0 ? Day(document.Schedule[^1].DueDate) : "—";
        return
        [
            [LendingDashboardText.TermLender, document.LenderName],
            [LendingDashboardText.TermAddress, $"{document.AddressLine}, {document.PostalCode} {document.City}"],
            [LendingDashboardText.TermCarrier, document.CarrierName],
            [LendingDashboardText.TermProject, document.CampaignTitle],
            [LendingDashboardText.TermAmount, Cents.Format(document.AmountCents)],
            [LendingDashboardText.TermRate, LendingDashboardText.TermRateValue],
            [LendingDashboardText.TermDuration, Format(LendingDashboardText.TermMonths, document.TermMonths)],
            [LendingDashboardText.TermGrace, Format(LendingDashboardText.TermMonths, document.GraceMonths)],
            [LendingDashboardText.TermDisbursed, document.DisbursedOn is { } on ? Day(on) : LendingDashboardText.TermDisbursedPending],
            [LendingDashboardText.TermFirstDue, first],
            [LendingDashboardText.TermLastDue, last],
            [LendingDashboardText.TermTotal, Cents.Format(document.Schedule.Sum(s => s.AmountCents))],
        ];
    }

    private static List<IReadOnlyList<string>> Schedule(LoanDocument document)
    {
        var rows = new List<IReadOnlyList<string>> { new[] { LendingDashboardText.DocumentNumberColumn, LendingDashboardText.DocumentDueColumn, LendingDashboardText.DocumentAmountColumn } };
        var index = 0;
        foreach (var payment in document.Schedule)
        {
            rows.Add([(++index).ToString(French), Day(payment.DueDate), Cents.Format(payment.AmountCents)]);
        }

        rows.Add([LendingDashboardText.DocumentTotal, "", Cents.Format(document.Schedule.Sum(s => s.AmountCents))]);
        return rows;
    }

    private static string Day(DateOnly day) => day.ToString("d MMMM yyyy", French);

    private static string Format(string template, params object[] values) => string.Format(French, template, values);
}
