using Microsoft.AspNetCore.Identity;
using Plateforme.Accounts.Structures;
using Plateforme.Accounts.Users;

namespace Plateforme.Web.Structures.Demo;

/// <summary>
/// Development only: two structures side by side on different territories (Initiative Somme on the Somme, a maison
/// des associations on Seine-Saint-Denis), each with an administrator, a moderator and a conseiller who can sign in
/// at once (password <see cref="Password"/>). Runs after the accounts' migrations; does nothing when already there.
/// </summary>
internal sealed partial class StructureDemoSeeder(IServiceScopeFactory scopes, TimeProvider clock, ILogger<StructureDemoSeeder> logger) : IHostedService
{
    public const string Password = "structure-local-2026";

    private static readonly (string Name, StructureKind Kind, string Territory, string Key, string Contact, string Description)[] Demo =
    [
        ("Initiative Somme", StructureKind.InitiativePlatform, "dep:80", "somme", "Amiens — contact@initiative-somme.local",
            "Plateforme Initiative de la Somme : accompagnement des créateurs, comité d'agrément, prêts d'honneur et campagnes de prêt solidaire."),
        ("Maison des associations de Seine-Saint-Denis", StructureKind.MaisonDesAssociations, "dep:93", "seine-saint-denis", "Saint-Denis — accueil@mda93.local",
            "Accueil et accompagnement des associations du département ; tient la liste collaborative des appels à projets."),
    ];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var structures = scope.ServiceProvider.GetRequiredService<StructureService>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
        var byKey = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var demo in Demo)
        {
            var existing = await structures.FindBySlugAsync(StructureSlug.From(demo.Name), cancellationToken);
            var id = existing?.Id ?? (await structures.CreateAsync(new NewStructure(demo.Name, demo.Kind, [demo.Territory], demo.Description, demo.Contact, ""), cancellationToken)).Id;
            if (id is null) continue;
            byKey[demo.Key] = id.Value;
            foreach (var (role, prefix, name) in new[] { (StaffRole.Administrator, "admin", "Administrateur"), (StaffRole.Moderator, "moderation", "Modératrice"), (StaffRole.Counsellor, "conseil", "Conseiller") })
            {
                var email = $"{prefix}.{demo.Key}@plateforme.local";
                var user = await users.FindByEmailAsync(email);
                if (user is null)
                {
                    user = new PlatformUser { Id = Guid.CreateVersion7(clock.GetUtcNow()), UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"{name} ({demo.Name})", CreatedAt = clock.GetUtcNow() };
                    var created = await users.CreateAsync(user, Password);
                    if (!created.Succeeded) continue;
                }

                await structures.SetStaffAsync(id.Value, user.Id, role, cancellationToken);
            }
        }

        await StructureDemoWork.SeedAsync(scope.ServiceProvider, byKey, clock, cancellationToken);
        LogSeeded(Demo.Length);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo structures ready: {Count} structures with their staff")]
    private partial void LogSeeded(int count);
}
