using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Payments;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Receipts;
using Plateforme.Web.Tests.Accounts;
using static Plateforme.Web.Tests.Lending.LendingArrange;

namespace Plateforme.Web.Tests.Lending.Receipts;

/// <summary>Tax receipts as a donor, another member and a moderator see them: PDF, dashboard, register and CSV.</summary>
[Collection(DashboardCollection.Name)]
public sealed class ReceiptPageTests(DashboardApp fixture)
{
    private readonly AccountsApp app = fixture.App;

    private async Task<(string CarrierId, Campaign Campaign)> CampaignAsync(bool eligible)
    {
        var carrierId = await app.NewCarrierAsync("Association du Jardin " + Guid.NewGuid().ToString("N")[..6]);
        await app.WithStoreAsync(services => services.GetRequiredService<ReceiptService>().SaveIssuerAsync(new ReceiptIssuerDraft(
            ReceiptIssuerKeys.Of(null, carrierId), eligible, "Les Jardins Partagés", "5 rue Solférino, 59000 Lille",
            "Créer et animer des jardins partagés dans les quartiers", "Association loi 1901 reconnue d'intérêt général", "Claire Martin", "Présidente"),
            DashboardArrange.ModeratorId));
        return (carrierId, await app.PublishAsync(app.DraftEndingTomorrow(carrierId, "Un jardin partagé", 100_000)));
    }

    private Task<Pledge> DonateAsync(Guid campaignId, string donorId, long cents) =>
        app.WithStoreAsync(async services =>
        {
            var pledges = services.GetRequiredService<PledgeService>();
            var pledge = (await pledges.PledgeAsync(new PledgeRequest(campaignId, donorId, PledgeKind.Donation, cents, "Jeanne Dupont", "3 rue des Lilas", "59000", "Lille"))).Pledge;
            return await pledges.ConfirmPaymentAsync(pledge.Id, DashboardArrange.ModeratorId, PaymentMethod.Card, "CB-" + pledge.Id.ToString("N")[..6]);
        });

    [Fact]
    public async Task A_donor_downloads_a_receipt_pdf_with_every_mention_and_the_same_bytes_twice()
    {
        var (_, campaign) = await CampaignAsync(eligible: true);
        var (donor, donorId) = await app.MemberAsync("Jeanne Dupont");
        using var _ = donor;
        await DonateAsync(campaign.Id, donorId, 12_345);

        var dashboard = await donor.GetAsync("/prets/mes-prets");
        var link = dashboard.Html.QuerySelector("[data-testid=receipt-pdf]")!.GetAttribute("href")!;
        var first = await donor.Http.GetByteArrayAsync(new Uri(link, UriKind.Relative));
        app.App.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await donor.Http.GetByteArrayAsync(new Uri(link, UriKind.Relative));

        Assert.Equal(first, second);
        var text = Plain(PdfText.Extract(first).Replace('\n', ' '));
        Assert.Contains("Les Jardins Partagés", text, StringComparison.Ordinal);
        Assert.Contains("5 rue Solférino, 59000 Lille", text, StringComparison.Ordinal);
        Assert.Contains("Créer et animer des jardins partagés", text, StringComparison.Ordinal);
        Assert.Contains("reconnue d'intérêt général", text, StringComparison.Ordinal);
        Assert.Contains("Jeanne Dupont", text, StringComparison.Ordinal);
        Assert.Contains("3 rue des Lilas, 59000 Lille", text, StringComparison.Ordinal);
        Assert.Contains("123,45 €", text, StringComparison.Ordinal);
        Assert.Contains("cent vingt-trois euros et quarante-cinq centimes", text, StringComparison.Ordinal);
        Assert.Contains("don manuel", text, StringComparison.Ordinal);
        Assert.Contains("numéraire", text, StringComparison.Ordinal);
        Assert.Contains("carte bancaire", text, StringComparison.Ordinal);
        Assert.Contains("article 200 du code général des impôts", text, StringComparison.Ordinal);
        Assert.Contains("Claire Martin, Présidente", text, StringComparison.Ordinal);
        Assert.Matches(@"n° \d{4}-000001", text);
    }

    [Fact]
    public async Task Another_member_cannot_read_a_donors_receipt()
    {
        var (_, campaign) = await CampaignAsync(eligible: true);
        var (donor, donorId) = await app.MemberAsync("Jeanne Dupont");
        using var _ = donor;
        var (stranger, _) = await app.MemberAsync("Paul Martin");
        using var __ = stranger;
        await DonateAsync(campaign.Id, donorId, 5_000);
        var link = (await donor.GetAsync("/prets/mes-prets")).Html.QuerySelector("[data-testid=receipt-pdf]")!.GetAttribute("href")!;

        var page = await stranger.GetAsync(link);

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
        Assert.Contains("appartient à quelqu'un d'autre", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refunded_donation_shows_its_receipt_cancelled_and_the_register_exports_it_marked()
    {
        var (carrierId, campaign) = await CampaignAsync(eligible: true);
        var (donor, donorId) = await app.MemberAsync("Jeanne Dupont");
        using var _ = donor;
        await DonateAsync(campaign.Id, donorId, 5_000);
        await DonateAsync(campaign.Id, donorId, 2_000);
        await app.WithStoreAsync(services => services.GetRequiredService<CampaignService>().CancelAsync(campaign.Id, DashboardArrange.ModeratorId, "Terrain retiré"));
        using var moderator = await app.ModeratorAsync();

        var states = (await donor.GetAsync("/prets/mes-prets")).Html.QuerySelectorAll("[data-testid=receipt-state]").Select(s => s.TextContent.Trim()).ToList();
        var register = await moderator.GetAsync("/moderation/recus-fiscaux?emetteur=" + Uri.EscapeDataString(ReceiptIssuerKeys.Of(null, carrierId)));
        var csvLink = register.Html.QuerySelector("[data-testid=register-csv]")!.GetAttribute("href")!;
        using var csv = await moderator.Http.GetAsync(new Uri(csvLink, UriKind.Relative));
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(["annulé (don remboursé)", "annulé (don remboursé)"], states);
        Assert.Equal(2, register.Html.QuerySelectorAll("[data-testid=register-row]").Length);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("numéro;date du versement;donateur", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.Matches(@"^\d{4}-000001;.*;Jeanne Dupont;3 rue des Lilas, 59000 Lille;50,00;carte bancaire;Un jardin partagé;annulé \(don remboursé\);", lines[1]);
        Assert.Matches(@"^\d{4}-000002;.*;20,00;", lines[2]);
    }

    [Fact]
    public async Task The_register_and_its_export_are_for_moderators_only()
    {
        var (member, _) = await app.MemberAsync("Paul Martin");
        using var _ = member;

        var page = await member.GetAsync("/moderation/recus-fiscaux");
        using var csv = await member.Http.GetAsync(new Uri("/moderation/recus-fiscaux/export.csv?emetteur=x", UriKind.Relative));

        Assert.NotEqual(HttpStatusCode.OK, page.Status);
        Assert.NotEqual(HttpStatusCode.OK, csv.StatusCode);
    }

    [Fact]
    public async Task The_pledge_form_says_plainly_when_a_donation_gets_no_receipt()
    {
        var (_, eligible) = await CampaignAsync(eligible: true);
        var (_, notEligible) = await CampaignAsync(eligible: false);
        var (member, _) = await app.MemberAsync("Paul Martin");
        using var _ = member;

        var yes = (await member.GetAsync($"/prets/{eligible.Id}")).Html.QuerySelector("[data-testid=receipt-notice]")?.TextContent;
        var no = (await member.GetAsync($"/prets/{notEligible.Id}")).Html.QuerySelector("[data-testid=receipt-notice]")?.TextContent;

        Assert.Contains("ouvre droit à un reçu fiscal", yes, StringComparison.Ordinal);
        Assert.Contains("aucun reçu fiscal ne sera émis", no, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_box_read_before_pledging_says_whether_a_donation_gives_a_receipt()
    {
        var (_, eligible) = await CampaignAsync(eligible: true);
        var (_, notEligible) = await CampaignAsync(eligible: false);
        using var visitor = app.NewVisitor();

        var yes = (await visitor.GetAsync($"/prets/{eligible.Id}")).Html.QuerySelector("[data-testid=know-donations]")?.TextContent;
        var no = (await visitor.GetAsync($"/prets/{notEligible.Id}")).Html.QuerySelector("[data-testid=know-donations]")?.TextContent;

        Assert.Contains("donne droit à un reçu fiscal", yes, StringComparison.Ordinal);
        Assert.Contains("ne donne pas droit à un reçu fiscal", no, StringComparison.Ordinal);
    }
}
