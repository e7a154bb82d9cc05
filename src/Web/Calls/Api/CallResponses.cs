using Plateforme.Search.Indexing;
using Plateforme.Web.Shared.Query;

namespace Plateforme.Web.Calls.Api;

/// <summary>Maps index hits to the API's shapes; the one place that says how a status and days left are shown.</summary>
public sealed class CallResponses(FilterVocabulary vocabulary)
{
    public CallListResponse List(SearchQuery query, SearchResult result) => new()
    {
        Total = result.Total,
        Page = query.Page,
        PageSize = query.PageSize,
        PageCount = (result.Total + query.PageSize - 1) / query.PageSize,
        UnstatedTotal = result.UnstatedTotal,
        Hits = [.. result.Hits.Select(hit => Summary(hit.Call, hit.Status, query.Today, hit.Snippet) with { IsApproximate = hit.IsApproximate, PublicUnstated = hit.PublicUnstated })],
        Facets = result.Facets,
        UsedFuzzyMatching = result.UsedFuzzyMatching,
        ApproximateCount = result.ApproximateCount,
        SpellingSuggestion = result.SpellingSuggestion,
    };

    public CallSummaryResponse Summary(CallDocument call, CallStatus status, DateOnly today, string? snippet = null) => new()
    {
        Id = call.Id,
        Slug = call.Slug,
        Title = call.Title,
        Summary = call.Summary,
        Snippet = snippet,
        Funders = call.Funders,
        Themes = call.Themes,
        Beneficiaries = call.Beneficiaries,
        AidTypes = call.AidTypes,
        Territory = call.Territory,
        Territories = call.Territories.Count > 0 ? call.Territories : [call.Territory],
        Publics = call.Publics,
        SpendingTypes = [.. call.Destinations.Select(d => new LabelledValue(d, vocabulary.Lists.Destinations.LabelOf(d)))],
        OpensOn = call.OpensOn,
        Deadline = call.Deadline,
        DeadlineTime = call.DeadlineTime,
        DaysLeft = call.Deadline is { } deadline ? deadline.DayNumber - today.DayNumber : null,
        Status = new LabelledValue(status.ToSlug(), vocabulary.StatusLabel(status)),
        Recurrence = call.Recurrence,
        MinAmountCents = call.MinAmountCents,
        MaxAmountCents = call.MaxAmountCents,
        RateMinPercent = call.RateMinPercent,
        RateMaxPercent = call.RateMaxPercent,
        EnvelopeCents = call.EnvelopeCents,
        IsCallForProjects = call.IsCallForProjects,
        PublishedAt = call.PublishedAt,
        Url = $"/api/calls/{call.Id}",
    };
}
