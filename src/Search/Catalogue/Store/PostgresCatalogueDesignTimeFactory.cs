using Plateforme.Data;

namespace Plateforme.Search.Catalogue.Store;

internal sealed class PostgresCatalogueDesignTimeFactory()
    : DesignTimeContextFactory<PostgresCatalogueDbContext>(CatalogueDbContext.Store.Configure, DatabaseProvider.PostgreSql);
