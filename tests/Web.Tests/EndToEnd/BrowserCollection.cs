namespace Plateforme.Web.Tests.EndToEnd;

/// <summary>One running application and one Chromium shared by the browser tests.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSession>
{
    public const string Name = "Browser";
}
