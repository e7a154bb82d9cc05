using Microsoft.AspNetCore.Components;
using Plateforme.Crawler.Health;
using Plateforme.Search.Indexing;
using Plateforme.Search.Text;
using Plateforme.Web.Shared.Navigation;
using Plateforme.Web.Calls.Catalogue;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Display;
using Plateforme.Web.Shared.Query;

namespace Plateforme.Web.Calls.Pages;

/// <summary>Everything about one call, from the catalogue (the truth), with similar calls from the index.</summary>
public sealed partial class CallDetail
{
    private CallPage? model;
    private IReadOnlyList<SearchHit> similar = [];
    private IReadOnlyList<DeadLink> deadLinks = [];
    private string? loadedSlug;

    [Inject]
    public required CatalogueReader Catalogue { get; init; }

    [Inject]
    public required ISearchIndex Index { get; init; }

    [Inject]
    public required FilterLabels Labels { get; init; }

    [Inject]
    public required CallDeadLinks DeadLinks { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    /// <summary>The canonical and shared addresses are on the public address, never on the request's host.</summary>
    [Inject]
    public required Microsoft.Extensions.Options.IOptions<Plateforme.Accounts.PublicSiteOptions> Site { get; init; }

    [Parameter]
    public required string Slug { get; set; }

    /// <summary>The query string of the results this call was opened from (« ?q=… »), kept for the way back.</summary>
    [SupplyParameterFromQuery(Name = CallLinks.FromSearchParameter)]
    public string? FromSearch { get; set; }

    /// <summary>Only a query string is taken, appended to the search path: the parameter cannot send anyone elsewhere.</summary>
    private string? BackToResults => FromSearch is { } query && (query.Length == 0 || query.StartsWith('?'))
        ? CallLinks.SearchPath + query
        : null;

    /// <summary>
    /// The eligibility section, unless the description already says it word for word (a crawled page often
    /// states it under « Bénéficiaires »): the same paragraph twice makes a reader wonder what differs.
    /// </summary>
    private bool ShowsEligibility => model?.Call.Eligibility is { } eligibility && !string.IsNullOrWhiteSpace(eligibility)
        && !Repeats(model.Call.DescriptionHtml, eligibility);

    private static bool Repeats(string? html, string text)
    {
        if (CallDocumentBuilder.PlainText(html) is not { } description) return false;
        return Normalised(description).Contains(Normalised(text), StringComparison.Ordinal);
    }

    private static string Normalised(string text) =>
        string.Join(' ', FrenchFolding.Fold(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private string Countdown => model is null ? "" : DeadlineInfo.For(model.Today, model.Call.OpensOn, model.Call.Deadline, model.Call.DeadlineTime) switch
    {
        { Description: { } description } => description,
        var info => info.Text,
    };

    protected override async Task OnParametersSetAsync()
    {
        if (Slug == loadedSlug) return;
        loadedSlug = Slug;
        model = await Catalogue.FindCallAsync(Slug);
        if (model is null)
        {
            // A French 404 page, with the status code on the first (prerendered) response.
            Navigation.NotFound();
            return;
        }
        similar = Index.Similar(model.Call.Id, model.Today, 5);
        deadLinks = await DeadLinks.ForCallAsync(model.Call.Id);
    }

    /// <summary>« Ce lien ne répond plus depuis le 3 mars 2026. » when the source's page for this call answered 404/410.</summary>
    private string? DeadLinkNotice(string sourceId) =>
        deadLinks.FirstOrDefault(d => d.SourceId == sourceId) is { } dead
            ? CrawlerAdminText.Format(CrawlerAdminText.DeadLinkNotice, FrenchFormat.Date(ParisDate(dead.Since)))
            : null;

    private static string Join(IEnumerable<LabelledValue> values) => string.Join(", ", values.Select(v => v.Label));

    private static DateOnly ParisDate(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, ParisTime.Zone).DateTime);
}
