using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Plateforme.Crawler.Store;

/// <summary>For dotnet-ef: builds the SQLite context without a host (migrations never connect).</summary>
internal sealed class SqliteCrawlerDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCrawlerDbContext>
{
    public SqliteCrawlerDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteCrawlerDbContext>();
        options.UseCrawlerSqlite("Data Source=design-time.db");
        return new SqliteCrawlerDbContext(options.Options);
    }
}
