using Microsoft.AspNetCore.Identity;
using Plateforme.Accounts.Structures;
using Plateforme.Accounts.Users;
using Plateforme.Experiences.Opportunities.Files;
using Plateforme.Experiences.Sheets;

namespace Plateforme.Web.Opportunities.Demo;

/// <summary>
/// Development only: one clearly marked demonstration file for the demo structure « Initiative Somme » (its staff,
/// e.g. admin.somme@plateforme.local, sign in with the structures' demo password), so that a newcomer sees the
/// workspace with its suggestions at once. The situation is fictitious and says so on every page. Does nothing
/// when the structure is missing or the file is already there.
/// </summary>
internal sealed partial class OpportunityDemoSeeder(IServiceScopeFactory scopes, ILogger<OpportunityDemoSeeder> logger) : IHostedService
{
    public const string Title = "[Démo] Locaux vacants en pied d'immeuble, quartier nord d'Amiens";
    private const string StructureSlug = "initiative-somme";
    private const string StaffEmail = "admin.somme@plateforme.local";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var structures = scope.ServiceProvider.GetRequiredService<StructureService>();
        var files = scope.ServiceProvider.GetRequiredService<OpportunityService>();
        var structure = await structures.FindBySlugAsync(StructureSlug, cancellationToken);
        var staff = await scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>().FindByEmailAsync(StaffEmail);
        if (structure is null || staff is null) return;
        if (await files.TeamHasAsync(TeamKind.Structure, structure.Id, Title, cancellationToken)) return;
        var team = new OpportunityTeam(TeamKind.Structure, structure.Id, structure.Name);
        var actor = new OpportunityActor(staff.Id, staff.DisplayName, [team]);
        var created = await files.CreateAsync(team, Input, actor, isDemo: true, cancellationToken);
        if (created.File is { } file) await files.SetStatusAsync(file.Id, OpportunityStatus.Exploring, actor, cancellationToken);
        LogSeeded(structure.Name);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static OpportunityInput Input { get; } = new()
    {
        Title = Title,
        Kind = OpportunityKind.VacantPremises,
        KindDetail = "Trois cellules commerciales vides au rez-de-chaussée d'une résidence (situation fictive de démonstration)",
        SpottedBy = [SpottingMethod.NeighbourhoodVisit, SpottingMethod.Interviews],
        Description = "Lors d'une visite de quartier avec le bailleur et le centre social, l'équipe a repéré trois cellules vides en pied d'immeuble.\nUne couturière du quartier, rencontrée en entretien, cherche un local pour lancer un atelier de retouche et de réemploi textile avec d'autres habitantes.",
        MainInterest = "Remettre de l'activité et du passage en pied d'immeuble, créer deux ou trois emplois pour des habitantes du quartier et un service de proximité.",
        Obstacles = "Le coût des travaux de remise en état, le niveau des loyers, la fragilité financière de la porteuse au démarrage.",
        CollectivityRoles = [CollectivityRole.Engineering, CollectivityRole.Premises, CollectivityRole.Promotion],
        CarryingMode = CarryingMode.Mixed,
        PointsToWork = "Le modèle économique de l'atelier, la forme juridique (association ou SCIC), l'accord du bailleur sur un loyer progressif.",
        Themes = ["developpement-economique-commerce", "economie-sociale-solidaire", "emploi-insertion"],
        TerritoryCode = "com:80021",
        Neighbourhood = "Quartier nord (démonstration)",
        Carrier = CarrierType.Association,
        CarrierName = "Collectif d'habitantes (démonstration)",
        Exploration = "Deux temps de travail avec la porteuse et le centre social ; une visite d'un atelier de réemploi voisin.",
        Activities = "Retouches et réparations de vêtements, vente de pièces de réemploi, ateliers de couture ouverts aux habitants.",
        Means = "Un local de 60 m², trois machines professionnelles, un accompagnement à la création.",
        Partners = "Bailleur social, centre social, plateforme d'initiative locale.",
        BudgetCents = 1_200_000,
        DecisionMakers = "Présentation prévue au comité de pilotage du contrat de ville.",
        LocalKnowHow = "Accompagnement à la création (plateforme d'initiative), animation d'ateliers (centre social).",
        AccompanimentNeeds = "Étude de marché légère, montage du plan de financement, recherche de financements.",
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo opportunity file ready for {Structure}")]
    private partial void LogSeeded(string structure);
}
