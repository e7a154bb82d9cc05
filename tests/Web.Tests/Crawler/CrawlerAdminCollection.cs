namespace Plateforme.Web.Tests.Crawler;

/// <summary>One application with its fixture sites, shared by the crawler administration tests.</summary>
[CollectionDefinition(Name)]
public sealed class CrawlerAdminCollection : ICollectionFixture<CrawlerAdminApp>
{
    public const string Name = "Crawler administration";
}
