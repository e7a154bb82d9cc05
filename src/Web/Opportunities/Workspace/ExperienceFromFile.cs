using Plateforme.Experiences.Opportunities.Files;
using Plateforme.Experiences.Opportunities.Suggestions;
using Plateforme.Experiences.Sheets;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Display;

namespace Plateforme.Web.Opportunities.Workspace;

/// <summary>
/// « Publier comme expérience »: a DRAFT experience sheet pre-filled from the file, written through the experiences'
/// own workflow (the team completes it, submits it, and the moderators publish it). Nothing of the file is public before.
/// </summary>
public sealed class ExperienceFromFile(ExperienceService sheets)
{
    public async Task<Experience> CreateDraftAsync(Opportunity file, OpportunityActor actor, bool isModerator, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(actor);
        // The sheet belongs to the file's organisation when the team is one (its members edit it); to its author otherwise.
        var organisations = actor.Teams.Where(t => t.Kind == TeamKind.Organisation).Select(t => t.Id)
            .OrderBy(id => file.TeamKind == TeamKind.Organisation && id == file.TeamId ? 0 : 1).ToList();
        var author = new ExperienceActor(actor.UserId, organisations, isModerator);
        var summary = FirstOf(file.Description, file.MainInterest, file.Title);
        var input = new ExperienceInput
        {
            Title = file.Title,
            Summary = summary.Length > 2000 ? summary[..2000] : summary,
            TerritoryCode = file.TerritoryCode,
            Neighbourhood = file.Neighbourhood.Length > 0 ? file.Neighbourhood : null,
            Themes = ThemeBridge.ToExperienceThemes(file.ThemeSlugs),
            Carrier = file.Carrier ?? CarrierType.Association,
            CarrierName = file.CarrierName,
            Partners = file.Partners,
            Context = file.Description,
            Objectives = file.MainInterest,
            Method = Join(file.Exploration, file.DecisionMakers),
            Implementation = file.Activities,
            MeansAndCosts = Join(file.Means, file.BudgetCents is { } cents ? string.Format(FrenchFormat.Culture, OpportunityUi.ExperienceBudgetLine, FrenchFormat.Money(cents)) : ""),
            PointsOfVigilance = file.Obstacles,
            KeyFactors = file.LocalKnowHow,
            ContributorStructure = file.TeamName,
            Source = string.Format(FrenchFormat.Culture, OpportunityUi.ExperienceSource, file.TeamName),
        };
        // Saved as an incomplete draft (a file may lack a theme of the map or a carrier's name): the sheet's own checks apply at submission.
        return await sheets.SaveImportedDraftAsync(input, author, cancellationToken);
    }

    private static string FirstOf(params string[] texts) => texts.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t))?.Trim() ?? "";

    private static string Join(params string[] parts) => string.Join("\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
