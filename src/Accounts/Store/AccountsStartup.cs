using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Plateforme.Accounts.Users;

namespace Plateforme.Accounts.Store;

/// <summary>At start, after the accounts tables are migrated: makes sure the platform roles exist, seeds the local administrator.</summary>
internal sealed partial class AccountsStartup(IServiceScopeFactory scopes, IOptions<AccountsOptions> options, TimeProvider clock, ILogger<AccountsStartup> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var role in PlatformRoles.All)
        {
            if (!await roles.RoleExistsAsync(role).ConfigureAwait(false))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.CreateVersion7(clock.GetUtcNow()) }).ConfigureAwait(false);
            }
        }

        await SeedAdministratorAsync(scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>()).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task SeedAdministratorAsync(UserManager<PlatformUser> users)
    {
        var seed = options.Value.SeedAdmin;
        if (string.IsNullOrWhiteSpace(seed.Email) || string.IsNullOrEmpty(seed.Password)) return;
        var admin = await users.FindByEmailAsync(seed.Email).ConfigureAwait(false);
        if (admin is null)
        {
            admin = new PlatformUser
            {
                Id = Guid.CreateVersion7(clock.GetUtcNow()),
                UserName = seed.Email,
                Email = seed.Email,
                EmailConfirmed = true,
                DisplayName = "Administrateur",
                CreatedAt = clock.GetUtcNow(),
            };
            var created = await users.CreateAsync(admin, seed.Password).ConfigureAwait(false);
            if (!created.Succeeded)
            {
                LogSeedFailed(string.Join(" ", created.Errors.Select(e => e.Code)));
                return;
            }
        }

        foreach (var role in PlatformRoles.All)
        {
            if (!await users.IsInRoleAsync(admin, role).ConfigureAwait(false)) await users.AddToRoleAsync(admin, role).ConfigureAwait(false);
        }

        LogSeeded();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The seeded administrator account was created for local use (Accounts:SeedAdmin)")]
    private partial void LogSeeded();

    [LoggerMessage(Level = LogLevel.Error, Message = "The seeded administrator could not be created: {Codes}")]
    private partial void LogSeedFailed(string codes);
}
