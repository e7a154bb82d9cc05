using Plateforme.Data;

namespace Plateforme.Crawler.Store;

internal sealed class PostgresCrawlerDesignTimeFactory()
    : DesignTimeContextFactory<PostgresCrawlerDbContext>(CrawlerDbContext.Store.Configure, DatabaseProvider.PostgreSql);
