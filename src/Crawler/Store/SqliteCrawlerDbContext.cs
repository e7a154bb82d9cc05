using Microsoft.EntityFrameworkCore;

namespace Plateforme.Crawler.Store;

/// <summary>The crawler's tables in the platform's SQLite file, migrations under Store/Migrations/Sqlite.</summary>
public sealed class SqliteCrawlerDbContext(DbContextOptions<SqliteCrawlerDbContext> options) : CrawlerDbContext(options);
