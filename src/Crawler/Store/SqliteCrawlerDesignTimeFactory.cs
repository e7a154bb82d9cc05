using Plateforme.Data;

namespace Plateforme.Crawler.Store;

internal sealed class SqliteCrawlerDesignTimeFactory()
    : DesignTimeContextFactory<SqliteCrawlerDbContext>(CrawlerDbContext.Store.Configure, DatabaseProvider.Sqlite);
