namespace Plateforme.Web.Tests;

/// <summary>One running application (Kestrel, SQLite, Lucene, demo catalogue) shared by the API tests.</summary>
[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<PlateformeApp>
{
    public const string Name = "Running application";
}
