using Microsoft.AspNetCore.Mvc;
using Plateforme.Accounts.Users;
using Plateforme.Experiences.Opportunities.Files;
using Plateforme.Experiences.Opportunities.Suggestions;
using Plateforme.Experiences.Sheets;
using Plateforme.Search.Indexing;
using Plateforme.Web.Opportunities.Files;
using Plateforme.Web.Shared.Security;

namespace Plateforme.Web.Opportunities.Workspace;

/// <summary>
/// The buttons of a file's page, as plain form posts answered by a redirect back to it: change the status, pin and
/// unpin a suggestion, publish as an experience draft, launch the campaign draft. Only the file's team may: a
/// stranger gets 403, an unknown file 404, an anonymous visitor the sign-in page.
/// </summary>
public static partial class OpportunityActions
{
    public static IEndpointRouteBuilder MapOpportunityActions(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var files = app.MapGroup("/opportunites/{id:guid}").RequireAuthorization().ExcludeFromDescription();
        files.MapPost("/statut", StatusAsync).RequireAntiforgeryToken();
        files.MapPost("/epingler", PinAsync).RequireAntiforgeryToken();
        files.MapPost("/desepingler", UnpinAsync).RequireAntiforgeryToken();
        files.MapPost("/publier-experience", PublishAsync).RequireAntiforgeryToken();
        files.MapPost("/lancer-campagne", LaunchAsync).RequireAntiforgeryToken();
        return app;
    }

    private static async Task<IResult> StatusAsync(Guid id, [FromForm] string? status, HttpContext context, OpportunityActors actors, OpportunityService files)
    {
        var actor = await actors.ReadAsync(context.User);
        if (!Enum.TryParse<OpportunityStatus>(status, out var chosen) || !Enum.IsDefined(chosen))
            return await RefusedOr(id, actor, files) ?? Back(id, "statut-inconnu");
        return Answer(id, await files.SetStatusAsync(id, chosen, actor), "statut");
    }

    private static async Task<IResult> PinAsync(
        Guid id, [FromForm] string? kind, [FromForm] Guid? target, HttpContext context, OpportunityActors actors, OpportunityService files,
        OpportunitySuggestions suggestions, ISearchIndex calls, ExperienceService sheets)
    {
        var actor = await actors.ReadAsync(context.User);
        var (file, refusal) = await files.ReadAsync(id, actor);
        if (file is null) return Refusal(refusal);
        if (target is not { } targetId) return Back(id, "introuvable");
        if (kind == "appel")
        {
            // The reasons are those of the suggestion the team saw; a call no longer suggested keeps none.
            var suggested = suggestions.Calls(file, 50).FirstOrDefault(s => s.Call.Id == targetId);
            var call = suggested?.Call ?? calls.Get(targetId);
            if (call is null) return Back(id, "introuvable");
            var reasons = string.Join('\n', (suggested?.Reasons ?? []).Select(OpportunityLabels.Reason));
            return Answer(id, await files.PinAsync(id, PinKind.Call, call.Id, call.Slug, call.Title, reasons, actor), "epingle");
        }
        if (kind == "experience")
        {
            var sheet = await sheets.FindAsync(targetId);
            if (sheet is not { State: ExperienceState.Published }) return Back(id, "introuvable");
            var suggested = (await suggestions.ExperiencesAsync(file, 50)).FirstOrDefault(s => s.Sheet.Id == targetId);
            var reasons = string.Join('\n', (suggested?.Reasons ?? []).Select(OpportunityLabels.Reason));
            return Answer(id, await files.PinAsync(id, PinKind.Experience, sheet.Id, sheet.Slug, sheet.Title, reasons, actor), "epingle");
        }
        return Back(id, "introuvable");
    }

    private static async Task<IResult> UnpinAsync(Guid id, [FromForm] Guid? pin, HttpContext context, OpportunityActors actors, OpportunityService files)
    {
        var actor = await actors.ReadAsync(context.User);
        if (pin is not { } pinId) return await RefusedOr(id, actor, files) ?? Back(id, "introuvable");
        return Answer(id, await files.UnpinAsync(id, pinId, actor), "desepingle");
    }

    private static async Task<IResult> PublishAsync(Guid id, HttpContext context, OpportunityActors actors, OpportunityService files, ExperienceFromFile experiences, ExperienceService sheets)
    {
        var actor = await actors.ReadAsync(context.User);
        var (file, refusal) = await files.ReadAsync(id, actor);
        if (file is null) return Refusal(refusal);
        // Once drafted, the sheet is the one to complete: a second click goes back to it rather than writing a twin.
        if (file.ExperienceId is { } existing && await sheets.FindAsync(existing) is not null) return Results.LocalRedirect(OpportunityPaths.ExperienceDraft(existing));
        var sheet = await experiences.CreateDraftAsync(file, actor, context.User.IsModerator());
        await files.RecordExperienceAsync(id, sheet.Id, sheet.Title, actor);
        return Results.LocalRedirect(OpportunityPaths.ExperienceDraft(sheet.Id));
    }

    private static async Task<IResult> LaunchAsync(Guid id, HttpContext context, OpportunityActors actors, OpportunityService files, CampaignFromFile campaigns, ILogger<CampaignFromFile> logger)
    {
        var actor = await actors.ReadAsync(context.User);
        var (file, refusal) = await files.ReadAsync(id, actor);
        if (file is null) return Refusal(refusal);
        if (file.CampaignId is { } existing) return Results.LocalRedirect(OpportunityPaths.CampaignDraft(existing));
        var (campaignId, problems) = await campaigns.CreateAsync(file, actor.UserId);
        if (campaignId is not { } created)
        {
            LogCampaignRefused(logger, id, string.Join(" | ", problems));
            return Back(id, "campagne-refusee");
        }
        await files.RecordCampaignAsync(id, created, file.Title, actor);
        return Results.LocalRedirect(OpportunityPaths.CampaignDraft(created));
    }

    private static async Task<IResult?> RefusedOr(Guid id, OpportunityActor actor, OpportunityService files)
    {
        var (file, refusal) = await files.ReadAsync(id, actor);
        return file is null ? Refusal(refusal) : null;
    }

    private static IResult Answer(Guid id, OpportunityOutcome outcome, string done) =>
        outcome.Refusal is { } refusal ? Refusal(refusal) : Back(id, done);

    private static IResult Refusal(OpportunityRefusal? refusal) =>
        refusal == OpportunityRefusal.NotFound ? Results.NotFound() : Results.StatusCode(StatusCodes.Status403Forbidden);

    private static IResult Back(Guid id, string done) =>
        Results.LocalRedirect(OpportunityPaths.File(id) + "?fait=" + done + "#" + Anchor(done));

    private static string Anchor(string done) => done switch
    {
        "epingle" or "desepingle" => "suggestions",
        "campagne-refusee" => "suites",
        _ => "statut",
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Campaign draft refused for opportunity {OpportunityId}: {Problems}")]
    private static partial void LogCampaignRefused(ILogger logger, Guid opportunityId, string problems);
}
