using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Plateforme.Accounts.Store;
using Plateforme.Accounts.Structures;
using Plateforme.Accounts.Users;
using Plateforme.Data;

namespace Plateforme.Accounts.Tests.Structures;

/// <summary>Structures and their staff on a real SQLite file.</summary>
public sealed class StructureServiceTests : IAsyncLifetime
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"structures-{Guid.NewGuid():N}.db");
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private AccountsDbContext db = default!;

    public async Task InitializeAsync()
    {
        db = AccountsDbContext.Store.CreateContext(DatabaseProvider.Sqlite, $"Data Source={file}");
        await db.Database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await db.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(file);
    }

    private StructureService Service => new(db, clock);

    private static NewStructure Somme(string name = "Initiative Somme") =>
        new(name, StructureKind.InitiativePlatform, ["dep:80"], "Prêts d'honneur et accompagnement.", "contact@initiative-somme.example", "https://initiative-somme.example/logo.png");

    [Fact]
    public async Task A_structure_is_created_with_its_territories_and_an_address_made_of_its_name()
    {
        var result = await Service.CreateAsync(Somme("Maison des Associations d'Amiens Métropole") with { Territories = ["epci:248000531", "com:80021", "com:80021"] });

        Assert.True(result.Succeeded);
        var saved = await Service.FindAsync(result.Id!.Value);
        Assert.Equal("maison-des-associations-d-amiens-metropole", saved!.Slug);
        Assert.Equal(["epci:248000531", "com:80021"], saved.Territories);
        Assert.Equal(saved.Id, (await Service.FindBySlugAsync(saved.Slug))!.Id);
    }

    [Fact]
    public async Task A_second_structure_with_the_same_name_is_refused_in_French()
    {
        await Service.CreateAsync(Somme());

        var second = await Service.CreateAsync(Somme("Initiative  SOMME"));

        Assert.False(second.Succeeded);
        Assert.Equal("Une structure porte déjà ce nom.", second.Errors[nameof(NewStructure.Name)]);
    }

    [Fact]
    public async Task A_structure_without_territory_or_with_a_plain_http_logo_is_refused()
    {
        var result = await Service.CreateAsync(Somme() with { Territories = [" "], LogoUrl = "http://exemple.fr/logo.png" });

        Assert.Equal("Indiquez au moins un territoire de la structure.", result.Errors[nameof(NewStructure.Territories)]);
        Assert.Equal("L'adresse du logo doit commencer par https://.", result.Errors[nameof(NewStructure.LogoUrl)]);
    }

    [Fact]
    public async Task A_person_holds_one_role_per_structure_and_sees_each_structure_scope()
    {
        var somme = (await Service.CreateAsync(Somme())).Id!.Value;
        var region = (await Service.CreateAsync(new NewStructure("France Active Hauts-de-France", StructureKind.FranceActive, ["reg:32"], "", "", ""))).Id!.Value;
        var person = await NewUserAsync("Camille Conseil");

        await Service.SetStaffAsync(somme, person, StaffRole.Counsellor);
        await Service.SetStaffAsync(somme, person, StaffRole.Moderator);
        await Service.SetStaffAsync(region, person, StaffRole.Counsellor);

        var positions = (await Service.PositionsOfAsync(person)).OrderBy(p => p.StructureName).ToList();
        Assert.Equal(2, positions.Count);
        Assert.Equal((region, StaffRole.Counsellor, "reg:32", false), (positions[0].StructureId, positions[0].Role, positions[0].Territories.Single(), positions[0].Moderates));
        Assert.Equal((somme, StaffRole.Moderator, "dep:80", true), (positions[1].StructureId, positions[1].Role, positions[1].Territories.Single(), positions[1].Moderates));
        Assert.Equal([person], (await Service.StaffAsync(somme)).Select(s => s.UserId));
    }

    [Fact]
    public async Task Removing_a_staff_member_ends_their_position_only_there()
    {
        var somme = (await Service.CreateAsync(Somme())).Id!.Value;
        var person = await NewUserAsync("Alex Modère");
        await Service.SetStaffAsync(somme, person, StaffRole.Moderator);

        Assert.True(await Service.RemoveStaffAsync(somme, person));

        Assert.Empty(await Service.PositionsOfAsync(person));
        Assert.NotNull(await Service.FindAsync(somme));
    }

    private async Task<Guid> NewUserAsync(string name)
    {
        var user = new PlatformUser { Id = Guid.NewGuid(), UserName = name, Email = $"{Guid.NewGuid():N}@exemple.fr", DisplayName = name, CreatedAt = clock.GetUtcNow() };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }
}
