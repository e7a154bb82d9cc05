using Plateforme.Data;
using Plateforme.Search.Catalogue.Store;

namespace Plateforme.Search.Tests.Moderation;

public sealed class SqliteModerationServicesTests : ModerationServicesTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
