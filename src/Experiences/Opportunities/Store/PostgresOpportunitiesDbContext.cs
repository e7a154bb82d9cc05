using Microsoft.EntityFrameworkCore;

namespace Plateforme.Experiences.Opportunities.Store;

/// <summary>The opportunity files in PostgreSQL (schema "opportunities"), migrations under Opportunities/Store/Migrations/Postgres.</summary>
public sealed class PostgresOpportunitiesDbContext(DbContextOptions<PostgresOpportunitiesDbContext> options) : OpportunitiesDbContext(options);
