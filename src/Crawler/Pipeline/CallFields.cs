using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Plateforme.Search.Catalogue;

namespace Plateforme.Crawler.Pipeline;

/// <summary>
/// The fields a crawl maintains. Dates apply at once even on published calls (a postponed deadline must show
/// today); the others wait for a moderator once a person published the call.
/// </summary>
internal static class CallFields
{
    public static IReadOnlyList<CallField> All { get; } =
    [
        Text(nameof(FundingCall.Title), c => c.Title, n => TitleOf(n), (c, n) => c.Title = TitleOf(n)),
        Text(nameof(FundingCall.Summary), c => c.Summary, n => n.Call.Summary, (c, n) => c.Summary = n.Call.Summary),
        Text(nameof(FundingCall.DescriptionHtml), c => c.DescriptionHtml, n => n.Call.DescriptionHtml, (c, n) => c.DescriptionHtml = n.Call.DescriptionHtml),
        Text(nameof(FundingCall.Eligibility), c => c.Eligibility, n => n.Call.Eligibility, (c, n) => c.Eligibility = n.Call.Eligibility),
        Text(nameof(FundingCall.Contact), c => c.Contact, n => n.Call.Contact, (c, n) => c.Contact = n.Call.Contact),
        List(nameof(FundingCall.Funders), c => c.Funders, n => n.FunderSlugs, (c, v) => c.Funders = v),
        List(nameof(FundingCall.Beneficiaries), c => c.Beneficiaries, n => n.Call.Beneficiaries, (c, v) => c.Beneficiaries = v),
        List(nameof(FundingCall.AidTypes), c => c.AidTypes, n => n.Call.AidTypes, (c, v) => c.AidTypes = v),
        List(nameof(FundingCall.Destinations), c => c.Destinations, n => n.Call.Destinations, (c, v) => c.Destinations = v),
        List(nameof(FundingCall.Themes), c => c.Themes, n => n.Call.Themes, (c, v) => c.Themes = v),
        List(nameof(FundingCall.SubThemes), c => c.SubThemes, n => n.Call.SubThemes, (c, v) => c.SubThemes = v),
        Text(nameof(FundingCall.Territory), c => c.Territory, n => n.Call.Territory, (c, n) => c.Territory = n.Call.Territory),
        Date(nameof(FundingCall.OpensOn), c => c.OpensOn, n => n.Call.OpensOn, (c, n) => c.OpensOn = n.Call.OpensOn),
        Date(nameof(FundingCall.Deadline), c => c.Deadline, n => n.Call.Deadline, (c, n) => c.Deadline = n.Call.Deadline),
        new(nameof(FundingCall.DeadlineTime), IsDate: true, c => Time(c.DeadlineTime), n => Time(n.Call.DeadlineTime), (c, n) => c.DeadlineTime = n.Call.DeadlineTime),
        new(nameof(FundingCall.Windows), IsDate: true, c => Windows(c.Windows), n => Windows(WindowsOf(n)), (c, n) => c.Windows = WindowsOf(n)),
        new(nameof(FundingCall.Recurrence), IsDate: false, c => c.Recurrence.ToString(), n => n.Call.Recurrence.ToString(), (c, n) => c.Recurrence = n.Call.Recurrence),
        Number(nameof(FundingCall.MinAmountCents), c => c.MinAmountCents, n => n.Call.MinAmountCents, (c, n) => c.MinAmountCents = n.Call.MinAmountCents),
        Number(nameof(FundingCall.MaxAmountCents), c => c.MaxAmountCents, n => n.Call.MaxAmountCents, (c, n) => c.MaxAmountCents = n.Call.MaxAmountCents),
        Number(nameof(FundingCall.RateMinPercent), c => c.RateMinPercent, n => n.Call.RateMinPercent, (c, n) => c.RateMinPercent = n.Call.RateMinPercent),
        Number(nameof(FundingCall.RateMaxPercent), c => c.RateMaxPercent, n => n.Call.RateMaxPercent, (c, n) => c.RateMaxPercent = n.Call.RateMaxPercent),
        Number(nameof(FundingCall.EnvelopeCents), c => c.EnvelopeCents, n => n.Call.EnvelopeCents, (c, n) => c.EnvelopeCents = n.Call.EnvelopeCents),
        Number(nameof(FundingCall.MaxWinners), c => c.MaxWinners, n => n.Call.MaxWinners, (c, n) => c.MaxWinners = n.Call.MaxWinners),
        new(nameof(FundingCall.IsCallForProjects), IsDate: false, c => c.IsCallForProjects, n => n.Call.IsCallForProjects, (c, n) => c.IsCallForProjects = n.Call.IsCallForProjects),
        Text(nameof(FundingCall.OriginUrl), c => c.OriginUrl, n => n.Call.OriginUrl, (c, n) => c.OriginUrl = n.Call.OriginUrl),
        Text(nameof(FundingCall.ApplicationUrl), c => c.ApplicationUrl, n => n.Call.ApplicationUrl, (c, n) => c.ApplicationUrl = n.Call.ApplicationUrl),
    ];

    /// <summary>
    /// Fields only a source with structured details maintains (see <see cref="CallDetails"/>): other sources say
    /// nothing of them, which must not clear them. The source's own update time moves with every edit, like a date.
    /// </summary>
    public static IReadOnlyList<CallField> Structured { get; } =
    [
        Text(nameof(FundingCall.ShortTitle), c => c.ShortTitle, n => n.Details?.ShortTitle, (c, n) => c.ShortTitle = n.Details?.ShortTitle),
        Text(nameof(FundingCall.ContactHtml), c => c.ContactHtml, n => n.Details?.ContactHtml, (c, n) => c.ContactHtml = n.Details?.ContactHtml),
        Text(nameof(FundingCall.ProjectExamples), c => c.ProjectExamples, n => n.Details?.ProjectExamples, (c, n) => c.ProjectExamples = n.Details?.ProjectExamples),
        Text(nameof(FundingCall.ProjectExamplesHtml), c => c.ProjectExamplesHtml, n => n.Details?.ProjectExamplesHtml, (c, n) => c.ProjectExamplesHtml = n.Details?.ProjectExamplesHtml),
        Date(nameof(FundingCall.PreDepositOn), c => c.PreDepositOn, n => n.Details?.PreDepositOn, (c, n) => c.PreDepositOn = n.Details?.PreDepositOn),
        List(nameof(FundingCall.Programmes), c => c.Programmes, n => n.Details?.Programmes ?? [], (c, v) => c.Programmes = v),
        Text(nameof(FundingCall.PerimeterScale), c => c.PerimeterScale, n => n.Details?.PerimeterScale, (c, n) => c.PerimeterScale = n.Details?.PerimeterScale),
        new(nameof(FundingCall.IsCharged), IsDate: false, c => c.IsCharged, n => n.Details?.IsCharged, (c, n) => c.IsCharged = n.Details?.IsCharged),
        Text(nameof(FundingCall.EuropeanAid), c => c.EuropeanAid, n => n.Details?.EuropeanAid, (c, n) => c.EuropeanAid = n.Details?.EuropeanAid),
        new(nameof(FundingCall.SourceUpdatedAt), IsDate: true, c => Instant(c.SourceUpdatedAt), n => Instant(n.Details?.SourceUpdatedAt), (c, n) => c.SourceUpdatedAt = n.Details?.SourceUpdatedAt),
        Text(nameof(FundingCall.AttributionMention), c => c.AttributionMention, n => n.Details?.AttributionMention, (c, n) => c.AttributionMention = n.Details?.AttributionMention),
        Text(nameof(FundingCall.AttributionLicence), c => c.AttributionLicence, n => n.Details?.AttributionLicence, (c, n) => c.AttributionLicence = n.Details?.AttributionLicence),
        Text(nameof(FundingCall.AttributionUrl), c => c.AttributionUrl, n => n.Details?.AttributionUrl, (c, n) => c.AttributionUrl = n.Details?.AttributionUrl),
    ];

    /// <summary>The fields this crawl maintains: <see cref="Structured"/> ones only when the source gave details.</summary>
    public static IEnumerable<CallField> Of(CrawledCall crawled) => crawled.Details is null ? All : All.Concat(Structured);

    /// <summary>{ "Deadline": { "before": …, "after": … } } for the history.</summary>
    public static string Diff(IEnumerable<CallField> fields, FundingCall call, CrawledCall crawled)
    {
        var diff = new JsonObject();
        foreach (var field in fields)
        {
            diff[field.Name] = new JsonObject { ["before"] = field.Current(call), ["after"] = field.Incoming(crawled) };
        }

        return diff.ToJsonString(JsonOptions);
    }

    /// <summary>Accents kept as they are: the history is read by French moderators, never put raw into HTML.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string TitleOf(CrawledCall crawled) => crawled.Call.Title.Length > 500 ? crawled.Call.Title[..500] : crawled.Call.Title;

    private static CallField Text(string name, Func<FundingCall, string?> current, Func<CrawledCall, string?> incoming, Action<FundingCall, CrawledCall> apply) =>
        new(name, IsDate: false, c => current(c), n => incoming(n), apply);

    private static CallField Number(string name, Func<FundingCall, long?> current, Func<CrawledCall, long?> incoming, Action<FundingCall, CrawledCall> apply) =>
        new(name, IsDate: false, c => current(c), n => incoming(n), apply);

    private static CallField Date(string name, Func<FundingCall, DateOnly?> current, Func<CrawledCall, DateOnly?> incoming, Action<FundingCall, CrawledCall> apply) =>
        new(name, IsDate: true, c => Iso(current(c)), n => Iso(incoming(n)), apply);

    private static CallField List(string name, Func<FundingCall, List<string>> current, Func<CrawledCall, IReadOnlyList<string>> incoming, Action<FundingCall, List<string>> set) =>
        new(name, IsDate: false, c => Array(current(c)), n => Array(incoming(n)), (c, n) => set(c, [.. incoming(n)]));

    /// <summary>Every window the page states, kept only when there are several (one window is the call's dates alone).</summary>
    private static List<CallWindow> WindowsOf(CrawledCall crawled) =>
        CallWindows.Normalize(crawled.Call.Windows.Select(w => new CallWindow(w.OpensOn, w.ClosesOn, w.ClosesAt)));

    private static JsonArray Windows(IEnumerable<CallWindow> windows) =>
        new([.. windows.Select(w => (JsonNode?)new JsonObject { ["opens"] = Iso(w.OpensOn), ["closes"] = Iso(w.ClosesOn), ["at"] = Time(w.ClosesAt) })]);

    private static JsonArray Array(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);

    private static JsonNode? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static JsonNode? Instant(DateTimeOffset? instant) => instant?.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static JsonNode? Time(TimeOnly? time) => time?.ToString("HH:mm", CultureInfo.InvariantCulture);
}
