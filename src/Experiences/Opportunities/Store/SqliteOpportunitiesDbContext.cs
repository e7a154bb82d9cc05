using Microsoft.EntityFrameworkCore;

namespace Plateforme.Experiences.Opportunities.Store;

/// <summary>The opportunity files in the platform's SQLite file, migrations under Opportunities/Store/Migrations/Sqlite.</summary>
public sealed class SqliteOpportunitiesDbContext(DbContextOptions<SqliteOpportunitiesDbContext> options) : OpportunitiesDbContext(options);
