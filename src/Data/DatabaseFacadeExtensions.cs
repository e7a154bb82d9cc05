using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Plateforme.Data;

public static class DatabaseFacadeExtensions
{
    /// <summary>Which provider a context was configured with; usable while its model is being built.</summary>
    public static DatabaseProvider ProviderOf(this DatabaseFacade database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.IsNpgsql() ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;
    }
}
