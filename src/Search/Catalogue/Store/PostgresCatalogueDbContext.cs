using Microsoft.EntityFrameworkCore;

namespace Plateforme.Search.Catalogue.Store;

/// <summary>The catalogue in PostgreSQL (schema "search"), with its own migrations under Migrations/Postgres.</summary>
public sealed class PostgresCatalogueDbContext(DbContextOptions<PostgresCatalogueDbContext> options) : CatalogueDbContext(options);
