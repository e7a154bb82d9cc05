using Microsoft.EntityFrameworkCore;

namespace Plateforme.Accounts.Store;

/// <summary>Accounts in the platform's SQLite file, with migrations under Migrations/Sqlite.</summary>
public sealed class SqliteAccountsDbContext(DbContextOptions<SqliteAccountsDbContext> options) : AccountsDbContext(options);
