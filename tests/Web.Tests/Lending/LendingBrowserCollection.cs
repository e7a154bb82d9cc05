namespace Plateforme.Web.Tests.Lending;

/// <summary>The lending journey's own application and Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class LendingBrowserCollection : ICollectionFixture<LendingBrowser>
{
    public const string Name = "Lending browser";
}
