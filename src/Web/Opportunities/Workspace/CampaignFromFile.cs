using System.Text;
using Microsoft.Extensions.Options;
using Plateforme.Experiences.Opportunities.Files;
using Plateforme.Lending;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Validation;
using Plateforme.Search.Indexing;
using Plateforme.Search.Reference;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Lending;

namespace Plateforme.Web.Opportunities.Workspace;

/// <summary>
/// « Lancer une campagne de prêt solidaire »: the carrier's campaign draft, pre-filled from the file (title, place,
/// category, story from the grid, goal from the provisional budget) and created through the lending module's own
/// service, so every rule of a draft applies. The person who launches it is the draft's carrier and finishes it on
/// the usual draft page.
/// </summary>
public sealed class CampaignFromFile(CampaignService campaigns, IOptions<LendingOptions> options, TimeProvider clock)
{
    /// <summary>A campaign of a few weeks leaves time to mobilise lenders, well within the longest allowed.</summary>
    private const int PreferredDays = 60;
    private const int PreferredTermMonths = 24;

    public CampaignPlan Plan(Opportunity file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var settings = options.Value;
        var maximum = Math.Min(settings.MaxGoalCents, settings.MaxPerProjectCents);
        var (goal, source) = file.BudgetCents switch
        {
            null or 0 => (settings.MinGoalCents, GoalSource.NoBudget),
            { } budget when budget < settings.MinGoalCents => (settings.MinGoalCents, GoalSource.RaisedToMinimum),
            { } budget when budget > maximum => (maximum, GoalSource.CappedToMaximum),
            { } budget => (budget, GoalSource.Budget),
        };
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), ParisTime.Zone).DateTime);
        var title = file.Title.Length >= 5 ? file.Title : string.Format(Shared.Display.FrenchFormat.Culture, OpportunityUi.CampaignTitleShort, file.Title);
        return new CampaignPlan(title, Category(file), goal, source, today.AddDays(Math.Min(PreferredDays, settings.MaxCampaignDays)),
            Math.Clamp(PreferredTermMonths, settings.MinTermMonths, settings.MaxTermMonths));
    }

    /// <summary>The draft's id, or the lending module's French reasons for refusing it.</summary>
    public async Task<(Guid? Id, IReadOnlyList<string> Problems)> CreateAsync(Opportunity file, Guid carrierId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var plan = Plan(file);
        var draft = new CampaignDraft(carrierId.ToString(), plan.Title, Story(file), plan.Category, file.TerritoryCode, plan.GoalCents,
            plan.EndDate, plan.TermMonths, GraceMonths: 0,
            OrganisationId: file.TeamKind == TeamKind.Organisation ? file.TeamId.ToString() : null);
        try
        {
            var campaign = await campaigns.CreateDraftAsync(draft, cancellationToken);
            return (campaign.Id, []);
        }
        catch (LendingValidationException refused)
        {
            return (null, refused.Errors.SelectMany(e => e.Value).ToList());
        }
    }

    /// <summary>The activity list's category closest to the file's first theme; the theme's own name otherwise.</summary>
    private static string Category(Opportunity file)
    {
        foreach (var theme in file.ThemeSlugs)
        {
            var listed = theme switch
            {
                "developpement-economique-commerce" => "Commerce de proximité",
                "agriculture-alimentation" => "Alimentation et restauration",
                "mobilite" => "Mobilité",
                "culture-patrimoine" => "Culture et loisirs",
                "sport" => "Sport",
                "environnement-biodiversite" or "transition-energetique" => "Environnement et réemploi",
                "numerique" => "Numérique",
                "vie-associative-citoyennete" => "Vie associative",
                "sante-social" => "Santé et bien-être",
                _ => null,
            };
            if (listed is not null && CampaignCategories.IsListed(listed)) return listed;
        }
        return file.ThemeSlugs.Count > 0 ? ThemeTaxonomy.Default.LabelOf(file.ThemeSlugs[0]) : OpportunityUi.CampaignCategoryFallback;
    }

    /// <summary>
    /// The story told from the grid — what it is, why it matters, what it will do, with what and whom — as the plain
    /// text the draft form edits (a blank line between paragraphs), never as markup the carrier would have to read.
    /// </summary>
    private static string Story(Opportunity file)
    {
        var story = new StringBuilder();
        void Part(string heading, string text)
        {
            if (string.IsNullOrWhiteSpace(text)) return;
            if (story.Length > 0) story.Append("\n\n");
            story.Append(heading).Append("\n");
            story.Append(string.Join("\n\n", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        }
        Part(OpportunityUi.StoryProject, file.Description);
        Part(OpportunityUi.StoryInterest, file.MainInterest);
        Part(OpportunityUi.StoryActivities, file.Activities);
        Part(OpportunityUi.StoryMeans, file.Means);
        Part(OpportunityUi.StoryPartners, file.Partners);
        return story.Length == 0 ? file.Title : story.ToString();
    }
}
