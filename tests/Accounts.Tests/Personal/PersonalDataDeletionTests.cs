using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Accounts.Personal;
using Plateforme.Accounts.Users;
using Plateforme.Data;
using Plateforme.Accounts.Store;

namespace Plateforme.Accounts.Tests.Personal;

/// <summary>
/// Account deletion asks every module first: one that must keep the person reachable (a running loan) stops it with
/// its French reason, and then nothing is erased anywhere. On a real SQLite accounts store.
/// </summary>
public sealed class PersonalDataDeletionTests : IAsyncLifetime
{
    private const string Password = "mot-de-passe-solide-1";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "accounts-personal-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly ModuleStandIn _module = new();
    private WebApplication _app = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development", ContentRootPath = _folder });
        builder.Configuration["Database:ConnectionString"] = $"Data Source={Path.Combine(_folder, "accounts.db")};Pooling=False";
        builder.AddAccounts();
        builder.Services.AddSingleton<IPersonalDataContributor>(_module);
        _app = builder.Build();
        await _app.Services.GetRequiredService<DatabaseMigrator<AccountsDbContext>>().MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_module_that_refuses_stops_the_deletion_with_its_reason_and_nothing_is_erased()
    {
        _module.Refusal = "Votre promesse de 100,00 € à « Un fournil » est en cours.";
        await using var scope = _app.Services.CreateAsyncScope();
        var user = await NewUserAsync(scope.ServiceProvider);
        var service = scope.ServiceProvider.GetRequiredService<PersonalDataService>();

        var shown = await service.DeletionRefusalsAsync(user);
        var result = await service.DeleteAsync(user, Password);

        Assert.Equal([_module.Refusal], shown);
        Assert.False(result.Succeeded);
        Assert.Equal([_module.Refusal], result.Errors);
        Assert.False(_module.Deleted);
        Assert.NotNull(await scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>().FindByIdAsync(user.Id.ToString()));
    }

    [Fact]
    public async Task A_module_that_refuses_only_at_deletion_time_gets_its_reason_shown_and_the_account_stays()
    {
        _module.RefusalAtDeletion = "Votre promesse de 50,00 € à « Un garage » est en cours.";
        await using var scope = _app.Services.CreateAsyncScope();
        var user = await NewUserAsync(scope.ServiceProvider);

        var result = await scope.ServiceProvider.GetRequiredService<PersonalDataService>().DeleteAsync(user, Password);

        Assert.False(result.Succeeded);
        Assert.Equal([_module.RefusalAtDeletion], result.Errors);
        Assert.NotNull(await scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>().FindByIdAsync(user.Id.ToString()));
    }

    [Fact]
    public async Task Without_refusal_every_module_erases_its_part_and_the_account_goes()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var user = await NewUserAsync(scope.ServiceProvider);
        var service = scope.ServiceProvider.GetRequiredService<PersonalDataService>();

        Assert.Empty(await service.DeletionRefusalsAsync(user));
        var result = await service.DeleteAsync(user, Password);

        Assert.True(result.Succeeded);
        Assert.True(_module.Deleted);
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>().FindByIdAsync(user.Id.ToString()));
    }

    private static async Task<PlatformUser> NewUserAsync(IServiceProvider services)
    {
        var user = new PlatformUser { UserName = $"p-{Guid.NewGuid():N}@exemple.fr", Email = $"p-{Guid.NewGuid():N}@exemple.fr", DisplayName = "Alix", EmailConfirmed = true };
        var created = await services.GetRequiredService<UserManager<PlatformUser>>().CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        return user;
    }

    /// <summary>Stands for a module (lending, say) that the accounts module cannot see.</summary>
    private sealed class ModuleStandIn : IPersonalDataContributor
    {
        public string? Refusal { get; set; }

        /// <summary>A loan that started between the check and the deletion.</summary>
        public string? RefusalAtDeletion { get; set; }

        public bool Deleted { get; private set; }

        public string Name => "module";

        public Task<JsonNode> ExportAsync(PlatformUser user, CancellationToken cancellationToken = default) => Task.FromResult<JsonNode>(new JsonObject());

        public Task DeleteAsync(PlatformUser user, CancellationToken cancellationToken = default)
        {
            if (RefusalAtDeletion is { } reason) throw new AccountDeletionRefusedException([reason]);
            Deleted = true;
            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<string>> DeletionRefusalsAsync(PlatformUser user, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<string>>(Refusal is null ? [] : [Refusal]);
    }
}
