namespace Plateforme.Web.Tests.PublicApi;

/// <summary>
/// A second running app with small limits: 40 demo calls, a public API quota of 3 requests a minute per address
/// (5 with a partner key) and sitemap files of 25 addresses, so that the quota and the sitemap index are reached.
/// The address's quota is spent by one test only; the others use partner keys or pages outside the API.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SmallApp : ICollectionFixture<SmallApp>, IAsyncDisposable
{
    public const string Name = "Small running application";

    public PlateformeApp App { get; } = new(new Dictionary<string, string?>
    {
        ["Search:DemoData:Count"] = "40",
        ["PublicApi:RateLimit:PermitLimit"] = "3",
        ["PublicApi:RateLimit:PartnerPermitLimit"] = "5",
        ["PublicApi:RateLimit:WindowSeconds"] = "60",
        ["Seo:Sitemap:MaxUrlsPerFile"] = "25",
    });

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
