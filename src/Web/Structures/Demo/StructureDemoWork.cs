using Microsoft.AspNetCore.Identity;
using Plateforme.Accounts.Structures;
using Plateforme.Accounts.Users;
using Plateforme.Experiences.Sheets;
using Plateforme.Lending.Accompaniments;
using Plateforme.Lending.Campaigns;

namespace Plateforme.Web.Structures.Demo;

/// <summary>
/// Development only: something for each demo structure to moderate, so that a newcomer sees the two scopes apart at
/// once: per territory, one campaign submitted for publication (the Somme's accompanied by Initiative Somme, the
/// Seine-Saint-Denis one waiting for a structure) and one experience sheet submitted for review. All titled « Démo ».
/// </summary>
internal static class StructureDemoWork
{
    private const string CarrierEmail = "porteur.demo@plateforme.local";

    private static readonly (string Key, string Commune, string Campaign, string Sheet)[] Work =
    [
        ("somme", "com:80001", "Démo — Une librairie-café à Abbeville", "Démo — Un marché de producteurs à Abbeville"),
        ("seine-saint-denis", "com:93066", "Démo — Une recyclerie à Saint-Denis", "Démo — Une conciergerie de quartier à Saint-Denis"),
    ];

    public static async Task SeedAsync(IServiceProvider services, IReadOnlyDictionary<string, Guid> structureByKey, TimeProvider clock, CancellationToken cancellationToken)
    {
        var users = services.GetRequiredService<UserManager<PlatformUser>>();
        var carrier = await users.FindByEmailAsync(CarrierEmail);
        if (carrier is null)
        {
            carrier = new PlatformUser { Id = Guid.CreateVersion7(clock.GetUtcNow()), UserName = CarrierEmail, Email = CarrierEmail, EmailConfirmed = true, DisplayName = "Porteuse de projet (démo)", CreatedAt = clock.GetUtcNow() };
            if (!(await users.CreateAsync(carrier, StructureDemoSeeder.Password)).Succeeded) return;
        }

        var carrierId = carrier.Id.ToString();
        var campaigns = services.GetRequiredService<CampaignService>();
        var existing = (await campaigns.ListForCarrierAsync(carrierId, cancellationToken)).Select(c => c.Title).ToHashSet(StringComparer.Ordinal);
        var sheets = services.GetRequiredService<ExperienceService>();
        var existingSheets = (await sheets.AllAsync(cancellationToken)).Select(s => s.Title).ToHashSet(StringComparer.Ordinal);
        var author = new ExperienceActor(carrier.Id, [], IsModerator: false);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        foreach (var (key, commune, title, sheetTitle) in Work)
        {
            if (!existing.Contains(title))
            {
                var draft = await campaigns.CreateDraftAsync(new CampaignDraft(carrierId, title,
                    "<p>Un projet de démonstration, pour voir la modération et l'accompagnement d'une structure partenaire.</p>",
                    "Commerce de proximité", commune, 600_000, today.AddDays(45), TermMonths: 24, GraceMonths: 0), cancellationToken);
                await campaigns.SubmitAsync(draft.Id, carrierId, cancellationToken);
                if (key == "somme" && structureByKey.TryGetValue(key, out var somme))
                {
                    await services.GetRequiredService<AccompanimentService>().ChooseAsync(draft.Id, somme, cancellationToken);
                }
            }

            if (!existingSheets.Contains(sheetTitle))
            {
                var saved = await sheets.SaveDraftAsync(null, new ExperienceInput
                {
                    Title = sheetTitle,
                    Summary = "Une fiche de démonstration, soumise à la relecture des modérateurs du territoire.",
                    TerritoryCode = commune,
                    Themes = [ExperienceThemes.LocalShops],
                    CarrierName = "Association de démonstration",
                    ContributorStructure = "Association de démonstration",
                }, author, cancellationToken);
                if (saved.Sheet is { } sheet) await sheets.SubmitAsync(sheet.Id, author, cancellationToken);
            }
        }
    }
}
