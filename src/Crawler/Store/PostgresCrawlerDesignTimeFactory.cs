using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Plateforme.Crawler.Store;

/// <summary>For dotnet-ef: builds the PostgreSQL context without a host (migrations never connect).</summary>
internal sealed class PostgresCrawlerDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCrawlerDbContext>
{
    public PostgresCrawlerDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresCrawlerDbContext>();
        options.UseCrawlerPostgres("Host=localhost;Database=design_time");
        return new PostgresCrawlerDbContext(options.Options);
    }
}
