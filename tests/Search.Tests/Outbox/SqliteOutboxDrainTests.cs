using Plateforme.Data;
using Plateforme.Search.Catalogue.Store;

namespace Plateforme.Search.Tests.Outbox;

public sealed class SqliteOutboxDrainTests : OutboxDrainTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
