using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Accounts.Store;

namespace Plateforme.Web.Tests.Accounts;

[Collection(AccountsCollection.Name)]
public sealed class PersonalDataTests(AccountsApp app)
{
    [Fact]
    public async Task A_person_downloads_their_data_as_JSON()
    {
        var email = AccountFlows.NewEmail("export");
        using var member = await app.SignedInMemberAsync(email, "Sacha Export");
        await member.SubmitAsync("/compte/organisations/nouvelle", "organisation-form", new Dictionary<string, string>
        {
            ["Input.Name"] = "Fondation Export",
            ["Input.Kind"] = "Fondation",
            ["Input.Identifier"] = "W" + Random.Shared.Next(100_000_000, 999_999_999),
            ["Input.Address"] = "2 place de la Mairie, 75001 Paris",
            ["Input.Territory"] = "dep:75",
        });

        using var response = await member.Http.GetAsync(new Uri("/compte/donnees", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var account = json.RootElement.GetProperty("compte");
        Assert.Equal(email, account.GetProperty("email").GetString());
        Assert.Equal("Sacha Export", account.GetProperty("nomAffiche").GetString());
        Assert.True(account.GetProperty("emailConfirme").GetBoolean());
        Assert.Equal("Fondation Export", json.RootElement.GetProperty("organisations")[0].GetProperty("nom").GetString());
        Assert.Equal("Owner", json.RootElement.GetProperty("organisations")[0].GetProperty("role").GetString());
    }

    [Fact]
    public async Task Deleting_the_account_with_a_wrong_password_is_refused()
    {
        var email = AccountFlows.NewEmail("depart-refuse");
        using var member = await app.SignedInMemberAsync(email);

        var wrong = await member.SubmitAsync("/compte/supprimer", "delete-form", new Dictionary<string, string> { ["Input.Password"] = "pas-le-bon-1" });

        Assert.Equal("Mot de passe incorrect.", wrong.Message);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("/compte")).Status);
    }

    [Fact]
    public async Task Deleting_the_account_erases_the_person_but_keeps_their_organisation()
    {
        var email = AccountFlows.NewEmail("depart");
        using var member = await app.SignedInMemberAsync(email);
        var rna = "W" + Random.Shared.Next(100_000_000, 999_999_999);
        await member.SubmitAsync("/compte/organisations/nouvelle", "organisation-form", new Dictionary<string, string>
        {
            ["Input.Name"] = "Association Départ",
            ["Input.Kind"] = "Association",
            ["Input.Identifier"] = rna,
            ["Input.Address"] = "3 rue du Port, 13002 Marseille",
            ["Input.Territory"] = "dep:13",
        });

        var deleted = await member.SubmitAsync("/compte/supprimer", "delete-form", new Dictionary<string, string> { ["Input.Password"] = AccountFlows.Password });

        Assert.Equal(HttpStatusCode.Redirect, deleted.Status);
        Assert.Equal(HttpStatusCode.Redirect, (await member.GetAsync("/compte")).Status);
        var (users, members, organisations) = await app.WithStoreAsync(async services =>
        {
            var db = services.GetRequiredService<AccountsDbContext>();
            var organisationId = (await db.Organisations.SingleAsync(o => o.Identifier == rna)).Id;
            return (await db.Users.CountAsync(u => u.Email == email),
                await db.OrganisationMembers.CountAsync(m => m.OrganisationId == organisationId),
                await db.Organisations.CountAsync(o => o.Identifier == rna));
        });
        Assert.Equal(0, users);
        Assert.Equal(0, members);
        Assert.Equal(1, organisations);
        using var again = app.NewVisitor();
        var signIn = await again.SubmitAsync("/compte/connexion", "sign-in-form", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = AccountFlows.Password,
        });
        Assert.StartsWith("Adresse e-mail ou mot de passe incorrect.", signIn.Message, StringComparison.Ordinal);
    }
}
