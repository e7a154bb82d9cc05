using Plateforme.Crawler.Sources;
using Plateforme.Crawler.Sources.Fixtures;
using Plateforme.Crawler.Store;
using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.Crawler;

/// <summary>
/// The real application whose shipped sources (every one enabled, politeness delays removed, all trusted so their
/// calls are published) are read from loopback copies of their sites (the crawler's fixture mode), with a seeded administrator.
/// </summary>
public sealed class CrawlerAdminApp : IAsyncDisposable
{
    private readonly string _definitions = Path.Combine(Path.GetTempPath(), "crawler-admin-definitions-" + Guid.NewGuid().ToString("N"));

    public CrawlerAdminApp()
    {
        Directory.CreateDirectory(_definitions);
        var shipped = SourceRegistry.Load().All;
        // The command line's fixture mode: the same loopback copies and host overrides a newcomer's dry run uses.
        Sites = FixtureSites.Start(Path.Combine(AppContext.BaseDirectory, "CrawlerFixtures"));
        var settings = new Dictionary<string, string?>(Sites.Settings(shipped))
        {
            ["Crawler:Sources:DefinitionsDirectory"] = _definitions,
        };
        for (var i = 0; i < shipped.Count; i++)
        {
            var definition = shipped[i];
            File.WriteAllText(Path.Combine(_definitions, definition.Id + ".json"),
                SourceDefinitionStore.Serialize(definition with { Politeness = new(), Enabled = true }));
            settings[$"Crawler:Pipeline:TrustedSources:{i}"] = definition.Id;
        }

        Accounts = new AccountsApp(settings);
        SourceIds = [.. shipped.Select(d => d.Id)];
    }

    public AccountsApp Accounts { get; }

    public PlateformeApp App => Accounts.App;

    public FixtureSites Sites { get; }

    public IReadOnlyList<string> SourceIds { get; }

    public async Task<AccountClient> SignedInAdministratorAsync()
    {
        var admin = Accounts.NewVisitor();
        await admin.SignInAsync(AccountsApp.AdminEmail, AccountsApp.AdminPassword);
        return admin;
    }

    public async ValueTask DisposeAsync()
    {
        await Accounts.DisposeAsync();
        Sites.Dispose();
        Directory.Delete(_definitions, recursive: true);
    }
}
