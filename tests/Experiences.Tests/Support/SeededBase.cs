using Plateforme.Experiences.Finding;

namespace Plateforme.Experiences.Tests.Support;

/// <summary>One seeded SQLite base and its index shared by a test class (seeding once keeps the suite fast).</summary>
public sealed class SeededBase : IAsyncLifetime
{
    public SheetBase Store { get; private set; } = null!;
    public ExperienceIndex Index { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Store = await SheetBase.SqliteAsync();
        await Store.Seeder.SeedAsync();
        Index = new ExperienceIndex(Store.Sheets);
    }

    public async Task DisposeAsync()
    {
        Index.Dispose();
        await Store.DisposeAsync();
    }
}
