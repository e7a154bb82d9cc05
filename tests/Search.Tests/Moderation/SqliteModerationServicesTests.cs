using Plateforme.Search.Catalogue.Store;

namespace Plateforme.Search.Tests.Moderation;

public sealed class SqliteModerationServicesTests : ModerationServicesTests
{
    protected override CatalogueDatabaseProvider Provider => CatalogueDatabaseProvider.Sqlite;
}
