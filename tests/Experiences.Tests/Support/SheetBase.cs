using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Plateforme.Data;
using Plateforme.Experiences.Seeding;
using Plateforme.Experiences.Sheets;
using Plateforme.Experiences.Store;

namespace Plateforme.Experiences.Tests.Support;

/// <summary>A fresh SQLite file migrated like at start, with the sheet service on a clock fixed on 5 December 2026.</summary>
public sealed class SheetBase : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);

    private readonly string folder = Path.Combine(Path.GetTempPath(), "plateforme-experiences-" + Guid.NewGuid().ToString("N")[..12]);

    private SheetBase(IDbContextFactory<ExperiencesDbContext> contexts)
    {
        Contexts = contexts;
        Sheets = new ExperienceService(contexts, Clock);
        Seeder = new ExperienceSeeder(contexts, Clock, Sheets, NullLogger<ExperienceSeeder>.Instance);
    }

    public FakeTimeProvider Clock { get; } = new(Now);
    public IDbContextFactory<ExperiencesDbContext> Contexts { get; }
    public ExperienceService Sheets { get; }
    public ExperienceSeeder Seeder { get; }

    public static async Task<SheetBase> SqliteAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "plateforme-experiences-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var contexts = ExperiencesDbContext.Store.CreateFactory(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "experiences.db")}");
        var db = await contexts.CreateDbContextAsync();
        await using (db) await db.Database.MigrateAsync();
        return new SheetBase(contexts) { Folder = folder };
    }

    public static async Task<SheetBase> PostgresAsync(string connectionString)
    {
        var contexts = ExperiencesDbContext.Store.CreateFactory(DatabaseProvider.PostgreSql, connectionString);
        var db = await contexts.CreateDbContextAsync();
        await using (db) await db.Database.MigrateAsync();
        return new SheetBase(contexts);
    }

    private string? Folder { get; init; }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Folder is not null && Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
        _ = folder;
        return ValueTask.CompletedTask;
    }

    public static ExperienceInput Input(string title = "Une boutique à l'essai dans le quartier", params string[] themes) => new()
    {
        Title = title,
        Summary = "Un local commercial à loyer modéré pour tester une activité pendant six mois.",
        TerritoryCode = "com:80021",
        Neighbourhood = "Quartier Nord",
        IsPriorityNeighbourhood = true,
        Themes = themes.Length > 0 ? themes : [ExperienceThemes.LocalShops],
        Innovation = InnovationCategory.ProductOrService,
        Carrier = CarrierType.LocalAuthority,
        CarrierName = "Amiens Métropole",
        Context = "Des cellules commerciales vacantes.",
        Contacts = "Jeanne Martin — 03 22 00 00 00",
        ContactsPublic = false,
        Links = "Le dispositif | https://exemple.fr/boutique",
    };
}
