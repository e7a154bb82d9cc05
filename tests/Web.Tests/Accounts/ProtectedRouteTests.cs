using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Accounts.Organisations;

namespace Plateforme.Web.Tests.Accounts;

/// <summary>Every account route refuses anonymous visitors (to the sign-in page) and people without the right role (403).</summary>
[Collection(AccountsCollection.Name)]
public sealed class ProtectedRouteTests(AccountsApp app)
{
    [Theory]
    [InlineData("/compte")]
    [InlineData("/compte/donnees")]
    [InlineData("/compte/supprimer")]
    [InlineData("/compte/organisations/nouvelle")]
    [InlineData("/admin/comptes")]
    [InlineData("/organisations/0199b1a0-0000-7000-8000-000000000001")]
    public async Task An_anonymous_visitor_is_sent_to_the_sign_in_page_with_the_return_address(string path)
    {
        using var visitor = app.NewVisitor();

        var page = await visitor.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal("/compte/connexion?retour=" + Uri.EscapeDataString(path), page.Redirect);
    }

    [Fact]
    public async Task Signing_out_is_refused_to_an_anonymous_visitor()
    {
        using var visitor = app.NewVisitor();

        var page = await visitor.PostAsync("/compte/deconnexion", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.StartsWith("/compte/connexion", page.Redirect, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_accounts_administration_is_forbidden_to_a_member()
    {
        using var member = await app.SignedInMemberAsync(AccountFlows.NewEmail("membre"));

        var refused = await member.GetAsync("/admin/comptes");

        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.StartsWith("Accès refusé", refused.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_accounts_administration_is_open_to_the_seeded_administrator()
    {
        using var admin = app.NewVisitor();
        await admin.SignInAsync(AccountsApp.AdminEmail, AccountsApp.AdminPassword);

        var shown = await admin.GetAsync("/admin/comptes");

        Assert.Equal(HttpStatusCode.OK, shown.Status);
        Assert.Contains(AccountsApp.AdminEmail, shown.Html.QuerySelector("[data-testid=admin-accounts]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_organisation_page_is_forbidden_to_someone_who_is_not_a_member()
    {
        var ownerEmail = AccountFlows.NewEmail("responsable");
        using var owner = await app.SignedInMemberAsync(ownerEmail, "Responsable");
        using var stranger = await app.SignedInMemberAsync(AccountFlows.NewEmail("etranger"));
        var organisationId = await app.WithStoreAsync(async services =>
        {
            var users = services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Plateforme.Accounts.Users.PlatformUser>>();
            var ownerId = (await users.FindByEmailAsync(ownerEmail))!.Id;
            var created = await services.GetRequiredService<OrganisationService>().CreateAsync(ownerId, AccountsApp.Association("W" + Random.Shared.Next(100_000_000, 999_999_999)));
            return created.Id!.Value;
        });

        var refused = await stranger.GetAsync($"/organisations/{organisationId}");
        var shown = await owner.GetAsync($"/organisations/{organisationId}");

        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal(HttpStatusCode.OK, shown.Status);
    }
}
