using System.Net;
using Plateforme.Web.Tests.Accounts;
using static Plateforme.Web.Tests.Lending.LendingArrange;

namespace Plateforme.Web.Tests.Lending;

/// <summary>A signed-in neighbour lends or gives on the campaign page and sees the receipt and the updated figures.</summary>
[Collection(LendingCollection.Name)]
public sealed class PledgeFormTests(AccountsApp app)
{
    private static Dictionary<string, string> Loan(string amount, bool anonymous) => new()
    {
        ["Input.Kind"] = "Loan",
        ["Input.Amount"] = amount,
        ["Input.LenderName"] = "Jeanne Dupont",
        ["Input.AddressLine"] = "3 rue des Lilas",
        ["Input.PostalCode"] = "59350",
        ["Input.City"] = "Lille",
        ["Input.Anonymous"] = anonymous ? "true" : "false",
        ["Input.Message"] = "Bon courage à toute l'équipe !",
    };

    [Fact]
    public async Task An_anonymous_visitor_is_invited_to_sign_in_instead_of_seeing_the_form()
    {
        var campaign = await app.PublishedAsync(Draft(await app.NewCarrierAsync("Atelier Vélo Solidaire"), "Vélos partagés"));
        using var visitor = app.NewVisitor();

        var page = await visitor.GetAsync($"/prets/{campaign.Id}");

        Assert.Null(page.Html.QuerySelector("[data-testid=pledge-form]"));
        Assert.Equal($"/compte/connexion?retour={Uri.EscapeDataString($"/prets/{campaign.Id}#participer")}",
            page.Html.QuerySelector("[data-testid=pledge-sign-in]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task An_anonymous_loan_shows_the_receipt_the_new_figures_and_a_neighbour_on_the_wall()
    {
        var campaign = await app.PublishedAsync(Draft(await app.NewCarrierAsync("Atelier Vélo Solidaire"), "Vélos partagés", goalCents: 200_000));
        await app.PledgedAsync(Donation(campaign.Id, "donateur-" + Guid.NewGuid(), 10_000));
        using var lender = await app.SignedInMemberAsync(AccountFlows.NewEmail("preteuse"));

        var page = await lender.SubmitAsync($"/prets/{campaign.Id}", "pledge-form", Loan("123,45", anonymous: true));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Merci ! Votre prêt de 123,45 € est enregistré.", Plain(page.Html.QuerySelector("[data-testid=receipt-summary]")!.TextContent));
        Assert.False(string.IsNullOrWhiteSpace(page.Html.QuerySelector("[data-testid=receipt-instructions]")?.TextContent));
        Assert.False(string.IsNullOrWhiteSpace(page.Html.QuerySelector("[data-testid=receipt-reference]")?.TextContent));
        Assert.Equal("223,45 €", Plain(page.Html.QuerySelector("[data-testid=raised]")!.TextContent));
        Assert.Equal("1 776,55 €", Plain(page.Html.QuerySelector("[data-testid=remaining]")!.TextContent));
        var entries = page.Html.QuerySelectorAll("[data-testid=wall-entry]")
            .Select(e => (e.QuerySelector("[data-testid=wall-name]")!.TextContent.Trim(), Plain(e.QuerySelector("[data-testid=wall-amount]")!.TextContent)));
        Assert.Contains(("Un voisin", "123,45 €"), entries);
        Assert.DoesNotContain("Jeanne Dupont", page.Html.QuerySelector("[data-testid=wall]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_named_donation_needs_no_address()
    {
        var campaign = await app.PublishedAsync(Draft(await app.NewCarrierAsync("Atelier Vélo Solidaire"), "Vélos partagés"));
        using var donor = await app.SignedInMemberAsync(AccountFlows.NewEmail("donateur"));

        var page = await donor.SubmitAsync($"/prets/{campaign.Id}", "pledge-form", new Dictionary<string, string>
        {
            ["Input.Kind"] = "Donation",
            ["Input.Amount"] = "15",
            ["Input.LenderName"] = "Paul Lefèvre",
        });

        Assert.Equal("Merci ! Votre don de 15 € est enregistré.", Plain(page.Html.QuerySelector("[data-testid=receipt-summary]")?.TextContent));
        Assert.Equal("15 €", Plain(page.Html.QuerySelector("[data-testid=raised]")!.TextContent));
    }

    [Fact]
    public async Task A_loan_without_a_postal_address_is_refused_in_French()
    {
        var campaign = await app.PublishedAsync(Draft(await app.NewCarrierAsync("Atelier Vélo Solidaire"), "Vélos partagés"));
        using var lender = await app.SignedInMemberAsync(AccountFlows.NewEmail("preteur"));
        var fields = Loan("50", anonymous: false);
        fields["Input.AddressLine"] = "";
        fields["Input.City"] = "";

        var page = await lender.SubmitAsync($"/prets/{campaign.Id}", "pledge-form", fields);

        var messages = page.Html.QuerySelectorAll(".validation-message").Select(m => m.TextContent.Trim()).ToList();
        Assert.Contains("L'adresse postale est obligatoire pour un prêt.", messages);
        Assert.Contains("La commune est obligatoire pour un prêt.", messages);
        Assert.Null(page.Html.QuerySelector("[data-testid=pledge-receipt]"));
        Assert.Equal("0 €", Plain(page.Html.QuerySelector("[data-testid=raised]")!.TextContent));
    }

    [Fact]
    public async Task An_amount_with_more_than_two_decimals_is_refused_rather_than_rounded()
    {
        var campaign = await app.PublishedAsync(Draft(await app.NewCarrierAsync("Atelier Vélo Solidaire"), "Vélos partagés"));
        using var lender = await app.SignedInMemberAsync(AccountFlows.NewEmail("preteur"));

        var page = await lender.SubmitAsync($"/prets/{campaign.Id}", "pledge-form", Loan("10,005", anonymous: false));

        Assert.Contains("Indiquez un montant en euros, par exemple 2 500 ou 2 500,50 (deux décimales au plus).",
            page.Html.QuerySelectorAll(".validation-message").Select(m => Plain(m.TextContent)));
        Assert.Equal("0 €", Plain(page.Html.QuerySelector("[data-testid=raised]")!.TextContent));
    }

    [Theory]
    [InlineData("Donation2")]
    [InlineData("loan")]
    [InlineData("1")]
    [InlineData("")]
    public async Task A_pledge_of_an_unknown_kind_is_refused_in_French_and_not_recorded(string kind)
    {
        var campaign = await app.PublishedAsync(Draft(await app.NewCarrierAsync("Atelier Vélo Solidaire"), "Vélos partagés"));
        using var lender = await app.SignedInMemberAsync(AccountFlows.NewEmail("preteur"));
        var fields = Loan("50", anonymous: false);
        fields["Input.Kind"] = kind;

        var page = await lender.SubmitAsync($"/prets/{campaign.Id}", "pledge-form", fields);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Choisissez un prêt ou un don.", page.Html.QuerySelectorAll(".validation-message").Select(m => Plain(m.TextContent)));
        Assert.Null(page.Html.QuerySelector("[data-testid=pledge-receipt]"));
        Assert.Equal("0 €", Plain(page.Html.QuerySelector("[data-testid=raised]")!.TextContent));
        Assert.Equal("0 €", Plain((await lender.GetAsync($"/prets/{campaign.Id}")).Html.QuerySelector("[data-testid=raised]")!.TextContent));
    }
}
