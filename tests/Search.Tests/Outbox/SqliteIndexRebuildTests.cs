using Plateforme.Search.Catalogue.Store;

namespace Plateforme.Search.Tests.Outbox;

public sealed class SqliteIndexRebuildTests : IndexRebuildTests
{
    protected override CatalogueDatabaseProvider Provider => CatalogueDatabaseProvider.Sqlite;
}
