using Plateforme.Search.Catalogue.Store;

namespace Plateforme.Search.Tests.Outbox;

public sealed class SqliteOutboxDrainTests : OutboxDrainTests
{
    protected override CatalogueDatabaseProvider Provider => CatalogueDatabaseProvider.Sqlite;
}
