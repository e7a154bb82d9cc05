using Plateforme.Data;
using Plateforme.Search.Catalogue.Store;

namespace Plateforme.Search.Tests.Outbox;

public sealed class SqliteOutboxWritingTests : OutboxWritingTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
