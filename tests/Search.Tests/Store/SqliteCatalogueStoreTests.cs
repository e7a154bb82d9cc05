using Plateforme.Search.Catalogue.Store;

namespace Plateforme.Search.Tests.Store;

public sealed class SqliteCatalogueStoreTests : CatalogueStoreTests
{
    protected override CatalogueDatabaseProvider Provider => CatalogueDatabaseProvider.Sqlite;
}
