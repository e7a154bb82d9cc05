using Microsoft.EntityFrameworkCore;

namespace Plateforme.Search.Catalogue.Store;

/// <summary>The catalogue in a SQLite file (WAL), with its own migrations under Migrations/Sqlite.</summary>
public sealed class SqliteCatalogueDbContext(DbContextOptions<SqliteCatalogueDbContext> options) : CatalogueDbContext(options);
