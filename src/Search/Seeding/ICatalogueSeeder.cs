namespace Plateforme.Search.Seeding;

/// <summary>
/// Fills the catalogue at start, after the migrations and before the indexer's startup check, so the first searches
/// see what it added. Registered by other assemblies (the demo catalogue); the search module only runs them.
/// </summary>
public interface ICatalogueSeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}
