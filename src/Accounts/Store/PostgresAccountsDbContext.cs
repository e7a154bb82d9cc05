using Microsoft.EntityFrameworkCore;

namespace Plateforme.Accounts.Store;

/// <summary>Accounts in PostgreSQL (schema "accounts"), with migrations under Migrations/Postgres.</summary>
public sealed class PostgresAccountsDbContext(DbContextOptions<PostgresAccountsDbContext> options) : AccountsDbContext(options);
