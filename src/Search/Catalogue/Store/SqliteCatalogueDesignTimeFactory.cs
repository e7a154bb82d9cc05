using Plateforme.Data;

namespace Plateforme.Search.Catalogue.Store;

internal sealed class SqliteCatalogueDesignTimeFactory()
    : DesignTimeContextFactory<SqliteCatalogueDbContext>(CatalogueDbContext.Store.Configure, DatabaseProvider.Sqlite);
