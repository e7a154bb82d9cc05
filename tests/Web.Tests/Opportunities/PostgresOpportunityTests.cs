using System.Net;
using Plateforme.Testing;
using Plateforme.Web.Tests.Accounts;
using Plateforme.Web.Tests.Experiences;

namespace Plateforme.Web.Tests.Opportunities;

/// <summary>The workspace on PostgreSQL (schema « opportunities » migrated at start): a file, a pinned call, a campaign draft.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresOpportunityTests(ThrowawayPostgres postgres) : IAsyncLifetime
{
    private AccountsApp app = null!;

    public async Task InitializeAsync() => app = new AccountsApp(new Dictionary<string, string?>
    {
        ["Database:Provider"] = "PostgreSql",
        ["Database:ConnectionString"] = await postgres.CreateDatabaseAsync(),
    });

    [Fact]
    public async Task A_file_is_written_a_call_pinned_and_a_campaign_drafted_on_PostgreSQL()
    {
        var call = await app.App.PublishCallAsync("Fonds régional pour les tiers-lieux solidaires", "reg:32", "economie-sociale-solidaire");
        using var member = await app.MemberOfNewStructureAsync("postgres");
        var id = await member.NewFileAsync("Tiers-lieu solidaire à Roubaix");

        await member.PressAsync(id, "epingler", new() { ["kind"] = "appel", ["target"] = call.Id.ToString() });
        var launched = await member.PressAsync(id, "lancer-campagne");
        var page = await member.GetAsync($"/opportunites/{id}");

        Assert.Equal(call.Id.ToString(), page.Html.QuerySelector("[data-testid=pinned-calls] [data-testid=pin]")!.GetAttribute("data-target"));
        Assert.Contains("Territoire couvert : Hauts-de-France", page.Html.QuerySelector("[data-testid=pinned-calls]")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("/prets/mes-campagnes/", launched.Redirect, StringComparison.Ordinal);
        Assert.NotNull(page.Html.QuerySelector("[data-testid=campaign-started]"));
        Assert.Equal(3, page.Html.QuerySelectorAll("[data-testid=history-item]").Length);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync(launched.Redirect!)).Status);
    }

    public async Task DisposeAsync() => await app.DisposeAsync();
}
