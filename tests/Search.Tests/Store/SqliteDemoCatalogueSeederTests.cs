using Plateforme.Data;
using Plateforme.Search.Catalogue.Store;

namespace Plateforme.Search.Tests.Store;

public sealed class SqliteDemoCatalogueSeederTests : DemoCatalogueSeederTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
