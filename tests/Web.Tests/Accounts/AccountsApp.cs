using Microsoft.Extensions.DependencyInjection;
using Plateforme.Accounts.Organisations;
using Plateforme.Accounts.Store;

namespace Plateforme.Web.Tests.Accounts;

/// <summary>
/// The real application for the account tests: a small demo catalogue, a rate limit high enough for a whole
/// test class, and a seeded administrator.
/// </summary>
public sealed class AccountsApp : IAsyncDisposable
{
    public const string AdminEmail = "admin@plateforme.test";
    public const string AdminPassword = "administrateur-local-1";

    public AccountsApp()
        : this(new Dictionary<string, string?>())
    {
    }

    internal AccountsApp(IDictionary<string, string?> overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Search:DemoData:Count"] = "20",
            ["Accounts:RateLimit:PermitLimit"] = "1000",
            ["Accounts:SeedAdmin:Email"] = AdminEmail,
            ["Accounts:SeedAdmin:Password"] = AdminPassword,
        };
        foreach (var (key, value) in overrides) settings[key] = value;
        App = new PlateformeApp(settings);
        Mailbox = new Mailbox(Path.Combine(App.DataFolder, "mail"));
    }

    public PlateformeApp App { get; }

    public Mailbox Mailbox { get; }

    /// <summary>A browser-like client: its own cookies, redirects not followed so tests can look at them.</summary>
    public AccountClient NewVisitor()
    {
        // A plain socket client to the Kestrel address: the factory's own clients follow redirects whatever they are told.
        using var probe = App.CreateClient();
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new System.Net.CookieContainer() };
        return new(new HttpClient(handler) { BaseAddress = probe.BaseAddress });
    }

    /// <summary>Runs code against the accounts store, for arranging and checking what pages cannot show.</summary>
    public async Task<T> WithStoreAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        using var scope = App.Services.CreateScope();
        return await action(scope.ServiceProvider);
    }

    public static NewOrganisation Association(string rna) => new("Les Jardins du Canal", OrganisationKind.Association, rna, "1 rue du Canal, 93200 Saint-Denis", "dep:93");

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
