using Microsoft.EntityFrameworkCore;

namespace Plateforme.Crawler.Store;

/// <summary>The crawler's tables in PostgreSQL (schema "crawler"), migrations under Store/Migrations/Postgres.</summary>
public sealed class PostgresCrawlerDbContext(DbContextOptions<PostgresCrawlerDbContext> options) : CrawlerDbContext(options);
