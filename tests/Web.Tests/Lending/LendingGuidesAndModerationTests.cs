using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Lending.Campaigns;
using Plateforme.Web.Tests.Accounts;
using static Plateforme.Web.Tests.Lending.LendingArrange;

namespace Plateforme.Web.Tests.Lending;

/// <summary>Issue 17: the how-it-works pages, loans on the home page, « Mes prêts » for a pending loan, moderators' view.</summary>
[Collection(LendingCollection.Name)]
public sealed class LendingGuidesAndModerationTests(AccountsApp app)
{
    [Fact]
    public async Task The_how_it_works_pages_state_the_rules_from_the_configuration()
    {
        using var visitor = app.NewVisitor();

        var lenders = await visitor.GetAsync("/prets/comment-ca-marche");
        var carriers = await visitor.GetAsync("/prets/comment-ca-marche/porteurs");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (lenders.Status, carriers.Status));
        Assert.Contains("au plus 5 000 € par personne et par projet", Plain(lenders.Html.Body!.TextContent), StringComparison.Ordinal);
        Assert.Contains("14 jours pour payer", lenders.Html.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("de 200 € à 15 000 €", Plain(carriers.Html.Body!.TextContent), StringComparison.Ordinal);
        Assert.Equal("/prets/nouveau", carriers.Html.QuerySelector("[data-testid=guide-start]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_home_page_shows_collecting_campaigns_beside_the_calls_and_counts_funders()
    {
        await app.PublishedAsync(Draft(await app.NewCarrierAsync("Épicerie"), "Accueil " + Guid.NewGuid().ToString("N")[..6]));
        using var visitor = app.NewVisitor();

        var home = await visitor.GetAsync("/");

        Assert.NotNull(home.Html.QuerySelector("[data-testid=home-loans]"));
        Assert.NotEmpty(home.Html.QuerySelectorAll("[data-testid=home-campaign] a[href^='/prets/']"));
        Assert.Matches(@"^\d[\d\u202F]* appels? ouverts? de \d+ financeurs?$", home.Html.QuerySelector("[data-testid=live-figures]")!.TextContent.Trim());
        Assert.DoesNotContain(" source", home.Html.QuerySelector("[data-testid=live-figures]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pending_loan_says_it_is_a_promise_not_yet_paid_rather_than_nothing_owed()
    {
        var email = AccountFlows.NewEmail("preteuse");
        using var lender = await app.SignedInMemberAsync(email, "Jeanne Prêteuse");
        var lenderId = await app.WithStoreAsync(async services =>
            (await services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Plateforme.Accounts.Users.PlatformUser>>().FindByEmailAsync(email))!.Id.ToString());
        var campaign = await app.PublishedAsync(Draft(await app.NewCarrierAsync("Atelier"), "Promesse " + Guid.NewGuid().ToString("N")[..6]));
        await app.PledgedAsync(Loan(campaign.Id, lenderId, 10_000, "Jeanne Prêteuse"));

        var page = await lender.GetAsync("/prets/mes-prets");

        var row = page.Html.QuerySelector($"[data-testid=loan][data-campaign='{campaign.Id}']")!;
        Assert.Equal("Promesse de 100 €, pas encore versée : rien ne vous est encore dû.", Plain(row.QuerySelector("[data-testid=loan-outstanding]")!.TextContent));
        if (row.QuerySelector("[data-testid=loan-contract-pdf]") is { } pdf)
        {
            Assert.Equal(" ", pdf.PreviousSibling?.TextContent);
        }
    }

    [Fact]
    public async Task The_review_page_shows_the_place_by_name_the_funding_mode_and_who_the_carrier_is()
    {
        var carrierId = await app.NewCarrierAsync("Fournil de Lille");
        var submitted = await app.WithStoreAsync(async services =>
        {
            var campaigns = services.GetRequiredService<CampaignService>();
            var created = await campaigns.CreateDraftAsync(Draft(carrierId, "Revue " + Guid.NewGuid().ToString("N")[..6]));
            return await campaigns.SubmitAsync(created.Id, carrierId);
        });
        using var moderator = app.NewVisitor();
        await moderator.SignInAsync(AccountsApp.AdminEmail, AccountsApp.AdminPassword);

        var page = await moderator.GetAsync($"/moderation/prets/{submitted.Id}");
        var home = await moderator.GetAsync("/");

        Assert.Equal("Lille (Nord)", page.Html.QuerySelector("[data-testid=review-territory]")!.TextContent.Trim());
        Assert.StartsWith("Tout ou rien", page.Html.QuerySelector("[data-testid=review-funding-mode]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("Fournil de Lille — porteur-", page.Html.QuerySelector("[data-testid=review-carrier]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("Porteur individuel", page.Html.QuerySelector("[data-testid=review-organisation]")!.TextContent.Trim());
        Assert.NotNull(page.Html.QuerySelector("[data-testid=review-category-flag]"));
        Assert.NotNull(page.Html.QuerySelector("[data-testid=review-no-photo]"));
        Assert.Equal("/moderation/prets", home.Html.QuerySelector("[data-testid=nav-moderation]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task The_review_page_names_an_organisation_carrier_by_its_legal_form_in_French()
    {
        var carrierId = await app.NewCarrierAsync("Mairie de Quartier");
        var name = "Commune de Revue " + Guid.NewGuid().ToString("N")[..6];
        var submitted = await app.WithStoreAsync(async services =>
        {
            var organisation = await services.GetRequiredService<Plateforme.Accounts.Organisations.OrganisationService>().CreateAsync(Guid.Parse(carrierId),
                new Plateforme.Accounts.Organisations.NewOrganisation(name, Plateforme.Accounts.Organisations.OrganisationKind.Collectivite, "21800019800018", "Place de l'Hôtel de Ville, 80000 Amiens", "com:80021"));
            var campaigns = services.GetRequiredService<CampaignService>();
            var created = await campaigns.CreateDraftAsync(Draft(carrierId, "Revue " + Guid.NewGuid().ToString("N")[..6]) with { OrganisationId = organisation.Id!.Value.ToString() });
            return await campaigns.SubmitAsync(created.Id, carrierId);
        });
        using var moderator = app.NewVisitor();
        await moderator.SignInAsync(AccountsApp.AdminEmail, AccountsApp.AdminPassword);

        var page = await moderator.GetAsync($"/moderation/prets/{submitted.Id}");

        Assert.Equal($"{name} (Collectivité territoriale, 21800019800018)", page.Html.QuerySelector("[data-testid=review-organisation]")!.TextContent.Trim());
    }
}
