using System.Net;
using Plateforme.Testing;

namespace Plateforme.Web.Tests.Accounts;

/// <summary>The whole application on PostgreSQL: catalogue and accounts side by side in one database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresAccountFlowTests(ThrowawayPostgres postgres) : IAsyncLifetime
{
    private AccountsApp app = null!;

    public async Task InitializeAsync() => app = new AccountsApp(new Dictionary<string, string?>
    {
        ["Database:Provider"] = "PostgreSql",
        ["Database:ConnectionString"] = await postgres.CreateDatabaseAsync(),
    });

    [Fact]
    public async Task Sign_up_confirm_sign_in_register_an_organisation_lock_out_and_delete_on_PostgreSQL()
    {
        var email = AccountFlows.NewEmail("postgres");
        using var member = await app.SignedInMemberAsync(email, "Paul Postgres");

        var created = await member.SubmitAsync("/compte/organisations/nouvelle", "organisation-form", new Dictionary<string, string>
        {
            ["Input.Name"] = "Commune de Test",
            ["Input.Kind"] = "Collectivite",
            ["Input.Identifier"] = "73282932000074",
            ["Input.Address"] = "Place de la Mairie",
            ["Input.Territory"] = "dep:93",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync(created.Redirect!)).Status);

        using var attacker = app.NewVisitor();
        for (var i = 0; i < 5; i++)
        {
            await attacker.SubmitAsync("/compte/connexion", "sign-in-form", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "faux-mot-de-passe-" + i });
        }

        var locked = await attacker.SubmitAsync("/compte/connexion", "sign-in-form", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = AccountFlows.Password });
        Assert.StartsWith("Adresse e-mail ou mot de passe incorrect.", locked.Message, StringComparison.Ordinal);

        var deleted = await member.SubmitAsync("/compte/supprimer", "delete-form", new Dictionary<string, string> { ["Input.Password"] = AccountFlows.Password });
        Assert.Equal(HttpStatusCode.Redirect, deleted.Status);
        Assert.Equal(HttpStatusCode.Redirect, (await member.GetAsync("/compte")).Status);
    }

    public async Task DisposeAsync() => await app.DisposeAsync();
}
