using System.Net;
using Plateforme.Web.Tests.Accounts;
using static Plateforme.Web.Tests.Lending.LendingArrange;

namespace Plateforme.Web.Tests.Lending;

/// <summary>Each lender's contract and summary sheet, as printable pages and PDF, readable by them and moderators only.</summary>
[Collection(DashboardCollection.Name)]
public sealed class LoanDocumentTests(DashboardApp fixture)
{
    private readonly AccountsApp app = fixture.App;

    private static long CentsOf(string text)
    {
        var plain = Plain(text).Replace(" €", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        var parts = plain.Split(',');
        return long.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) * 100
            + (parts.Length == 2 ? long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : 0);
    }

    private async Task<(AccountClient Lender, Guid PledgeId)> DisbursedLoanAsync()
    {
        var carrierId = await app.NewCarrierAsync("Épicerie du Marais");
        var campaign = await app.PublishAsync(app.DraftEndingTomorrow(carrierId, "Épicerie solidaire", 100_000, termMonths: 7, graceMonths: 2));
        var (lender, lenderId) = await app.MemberAsync("Jeanne Dupont");
        var pledge = await app.LendAsync(campaign.Id, lenderId, 33_333);
        await app.LendAsync(campaign.Id, "autre-preteur-" + Guid.NewGuid().ToString("N"), 66_667, "Paul Martin");
        await app.CloseAndDisburseAsync(campaign.Id);
        return (lender, pledge.Id);
    }

    [Fact]
    public async Task The_summary_sheet_lists_the_terms_and_a_schedule_summing_exactly_to_the_loan()
    {
        var (lender, pledgeId) = await DisbursedLoanAsync();
        using var _ = lender;

        var page = await lender.GetAsync($"/prets/mes-prets/{pledgeId}/fiche");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Fiche récapitulative du prêt", page.Html.QuerySelector("[data-testid=document-title]")!.TextContent.Trim());
        var terms = Plain(page.Html.QuerySelector("[data-testid=document-terms]")!.TextContent);
        Assert.Contains("Jeanne Dupont", terms, StringComparison.Ordinal);
        Assert.Contains("3 rue des Lilas, 59000 Lille", terms, StringComparison.Ordinal);
        Assert.Contains("Épicerie du Marais", terms, StringComparison.Ordinal);
        Assert.Contains("333,33 €", terms, StringComparison.Ordinal);
        Assert.Contains("0 % (prêt sans intérêt)", terms, StringComparison.Ordinal);
        Assert.Contains("7 mois", terms, StringComparison.Ordinal);
        Assert.Contains("2 mois", terms, StringComparison.Ordinal);
        var amounts = page.Html.QuerySelectorAll("[data-testid=document-payment-amount]").Select(a => CentsOf(a.TextContent)).ToList();
        Assert.Equal(7, amounts.Count);
        Assert.Equal(33_333, amounts.Sum());
        Assert.True(amounts.Max() - amounts.Min() <= 1, string.Join(", ", amounts));
        Assert.Equal("333,33 €", Plain(page.Html.QuerySelector("[data-testid=document-total]")!.TextContent));
        Assert.Null(page.Html.QuerySelector("[data-testid=document-provisional]"));
    }

    [Fact]
    public async Task The_contract_pdf_opens_and_carries_the_lender_the_carrier_the_terms_and_the_schedule()
    {
        var (lender, pledgeId) = await DisbursedLoanAsync();
        using var _ = lender;

        using var response = await lender.Http.GetAsync(new Uri($"/prets/mes-prets/{pledgeId}/contrat.pdf", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var html = await lender.GetAsync($"/prets/mes-prets/{pledgeId}/contrat");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        var text = Plain(PdfText.Extract(bytes).Replace('\n', ' '));
        Assert.Contains("Contrat de prêt solidaire sans intérêt", text, StringComparison.Ordinal);
        Assert.Contains("Le prêteur : Jeanne Dupont, demeurant 3 rue des Lilas, 59000 Lille.", text, StringComparison.Ordinal);
        Assert.Contains("Épicerie du Marais", text, StringComparison.Ordinal);
        Assert.Contains("la somme de 333,33 €", text, StringComparison.Ordinal);
        Assert.Contains("taux de 0 %", text, StringComparison.Ordinal);
        Assert.Contains("Total 333,33 €", text, StringComparison.Ordinal);
        foreach (var amount in html.Html.QuerySelectorAll("[data-testid=document-payment-amount]").Select(a => Plain(a.TextContent)))
        {
            Assert.Contains(amount, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Before_the_payout_the_schedule_is_marked_provisional_and_still_sums_to_the_loan()
    {
        var carrierId = await app.NewCarrierAsync("Atelier partagé");
        var campaign = await app.PublishAsync(app.DraftEndingTomorrow(carrierId, "Projet en cours", 50_000, termMonths: 3));
        var (lender, lenderId) = await app.MemberAsync("Jeanne Dupont");
        using var _ = lender;
        var pledge = await app.LendAsync(campaign.Id, lenderId, 10_001);

        using var response = await lender.Http.GetAsync(new Uri($"/prets/mes-prets/{pledge.Id}/fiche.pdf", UriKind.Relative));
        var text = Plain(PdfText.Extract(await response.Content.ReadAsByteArrayAsync()).Replace('\n', ' '));
        var page = await lender.GetAsync($"/prets/mes-prets/{pledge.Id}/fiche");

        Assert.NotNull(page.Html.QuerySelector("[data-testid=document-provisional]"));
        Assert.Equal(["33,34 €", "33,34 €", "33,33 €"], page.Html.QuerySelectorAll("[data-testid=document-payment-amount]").Select(a => Plain(a.TextContent)));
        Assert.Contains("Échéancier prévisionnel", text, StringComparison.Ordinal);
        Assert.Contains("Total 100,01 €", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_member_is_refused_the_documents()
    {
        var (lender, pledgeId) = await DisbursedLoanAsync();
        lender.Dispose();
        var (stranger, _) = await app.MemberAsync("Curieux");
        using var __ = stranger;

        var strangerPage = await stranger.GetAsync($"/prets/mes-prets/{pledgeId}/contrat");
        using var strangerPdf = await stranger.Http.GetAsync(new Uri($"/prets/mes-prets/{pledgeId}/contrat.pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, strangerPage.Status);
        Assert.DoesNotContain("Jeanne Dupont", strangerPage.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, strangerPdf.StatusCode);
    }

    [Fact]
    public async Task A_moderator_may_read_the_documents()
    {
        var (lender, pledgeId) = await DisbursedLoanAsync();
        lender.Dispose();
        using var moderator = app.NewVisitor();
        await moderator.SignInAsync(AccountsApp.AdminEmail, AccountsApp.AdminPassword);

        var moderatorPage = await moderator.GetAsync($"/prets/mes-prets/{pledgeId}/fiche");
        using var moderatorPdf = await moderator.Http.GetAsync(new Uri($"/prets/mes-prets/{pledgeId}/fiche.pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, moderatorPage.Status);
        Assert.Equal(HttpStatusCode.OK, moderatorPdf.StatusCode);
    }
}
