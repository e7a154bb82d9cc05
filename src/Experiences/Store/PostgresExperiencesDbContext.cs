using Microsoft.EntityFrameworkCore;

namespace Plateforme.Experiences.Store;

/// <summary>The experiences' tables in PostgreSQL (schema "experiences"), migrations under Store/Migrations/Postgres.</summary>
public sealed class PostgresExperiencesDbContext(DbContextOptions<PostgresExperiencesDbContext> options) : ExperiencesDbContext(options);
