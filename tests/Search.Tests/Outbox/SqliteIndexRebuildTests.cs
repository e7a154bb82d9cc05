using Plateforme.Data;
using Plateforme.Search.Catalogue.Store;

namespace Plateforme.Search.Tests.Outbox;

public sealed class SqliteIndexRebuildTests : IndexRebuildTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
