using Microsoft.EntityFrameworkCore;

namespace Plateforme.Experiences.Store;

/// <summary>The experiences' tables in the platform's SQLite file, migrations under Store/Migrations/Sqlite.</summary>
public sealed class SqliteExperiencesDbContext(DbContextOptions<SqliteExperiencesDbContext> options) : ExperiencesDbContext(options);
