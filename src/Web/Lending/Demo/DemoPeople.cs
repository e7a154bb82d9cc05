using Microsoft.AspNetCore.Identity;
using Plateforme.Accounts.Users;

namespace Plateforme.Web.Lending.Demo;

/// <summary>The demo carriers and lenders: confirmed accounts nobody can sign in to (a random password, never shown).</summary>
internal sealed record DemoPeople(string Baker, string Cafe, string Garage, IReadOnlyList<string> Lenders)
{
    public static async Task<DemoPeople> EnsureAsync(UserManager<PlatformUser> users) => new(
        await EnsureAsync(users, "demo-fournil", "Fournil de Villers-Bocage (démo)"),
        await EnsureAsync(users, "demo-cafe", "Café des Tilleuls (démo)"),
        await EnsureAsync(users, "demo-garage", "Garage solidaire d'Albert (démo)"),
        [
            await EnsureAsync(users, "demo-jeanne", "Jeanne (démo)"),
            await EnsureAsync(users, "demo-karim", "Karim (démo)"),
            await EnsureAsync(users, "demo-lucie", "Lucie (démo)"),
            await EnsureAsync(users, "demo-paul", "Paul (démo)"),
        ]);

    private static async Task<string> EnsureAsync(UserManager<PlatformUser> users, string name, string displayName)
    {
        var email = name + "@demo.plateforme.local";
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new PlatformUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, CreatedAt = DateTimeOffset.UtcNow.AddMonths(-8) };
            var created = await users.CreateAsync(user, "Demo-" + Guid.NewGuid().ToString("N") + "!a1");
            if (!created.Succeeded) throw new InvalidOperationException("Demo account refused: " + string.Join(", ", created.Errors.Select(e => e.Code)));
        }
        return user.Id.ToString();
    }
}
