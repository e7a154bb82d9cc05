using Microsoft.Extensions.DependencyInjection;
using Plateforme.Testing;
using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.Alerts;

/// <summary>The alerts on PostgreSQL: their tables beside the catalogue and the accounts in one database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresAlertTests(ThrowawayPostgres postgres) : IAsyncLifetime
{
    private AlertsApp app = null!;

    public async Task InitializeAsync() => app = new AlertsApp(new Dictionary<string, string?>
    {
        ["Database:Provider"] = "PostgreSql",
        ["Database:ConnectionString"] = await postgres.CreateDatabaseAsync(),
    });

    [Fact]
    public async Task Confirm_digest_once_survive_a_crash_manage_and_unsubscribe_on_PostgreSQL()
    {
        var word = AlertFlows.NewWord();
        var email = AccountFlows.NewEmail("postgres-alerte");
        await app.ConfirmedAlertAsync($"?q={word}", email);
        var first = await app.App.PublishCallAsync($"Tiers-lieux ruraux {word}");
        app.NextMorning();
        await app.App.Services.GetRequiredService<Plateforme.Alerts.Digests.DigestComposer>().ComposeDueAsync();
        await app.RunDigestsAsync();
        var second = await app.App.PublishCallAsync($"Tiers-lieux urbains {word}");
        app.NextMorning();
        await app.RunDigestsAsync();
        await app.RunDigestsAsync();

        var digests = await app.Mailbox.DigestsAsync(email);
        Assert.Equal(2, digests.Count);
        Assert.Equal(1, await app.Mailbox.TimesSentAsync(email, first));
        Assert.Equal(1, await app.Mailbox.TimesSentAsync(email, second));

        using var member = await app.Accounts.SignedInMemberAsync(email);
        var list = await member.GetAsync("/compte/alertes");
        Assert.Equal("Active", list.Html.QuerySelector("[data-testid=alert-state]")!.TextContent);

        using var visitor = app.NewVisitor();
        var page = await visitor.GetAsync(Mailbox.LinkTo(digests[^1], "/alertes/desabonnement").PathAndQuery);
        Assert.Equal("C'est fait : vous ne recevrez plus cette alerte.", page.Message);
        Assert.Equal(0, await app.App.CountAlertsAsync(email));
    }

    public async Task DisposeAsync() => await app.DisposeAsync();
}
