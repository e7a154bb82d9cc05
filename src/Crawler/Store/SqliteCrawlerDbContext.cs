using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Plateforme.Crawler.Store;

/// <summary>The crawler's tables in the catalogue's SQLite file, migrations under Store/Migrations/Sqlite.</summary>
public sealed class SqliteCrawlerDbContext(DbContextOptions<SqliteCrawlerDbContext> options) : CrawlerDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite has no date-time type; a long keeps the instants comparable and ordered. Not the kit's UTC ticks:
        // existing files hold this encoding (ticks and offset packed together), and a changed converter would misread them.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
