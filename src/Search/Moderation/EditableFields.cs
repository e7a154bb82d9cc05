using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Plateforme.Search.Catalogue;

namespace Plateforme.Search.Moderation;

/// <summary>The fields a funder, a moderator or a source's proposal may change, with their JSON forms.</summary>
public static class EditableFields
{
    /// <summary>Accents kept as they are in the stored diffs (read by French moderators, never put raw into HTML).</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<EditableField> All { get; } =
    [
        Text(nameof(FundingCall.Title), c => c.Title, (c, v) => c.Title = v ?? c.Title, d => d.Title),
        Text(nameof(FundingCall.Summary), c => c.Summary, (c, v) => c.Summary = v, d => d.Summary),
        Text(nameof(FundingCall.DescriptionHtml), c => c.DescriptionHtml, (c, v) => c.DescriptionHtml = v, d => d.DescriptionHtml),
        Text(nameof(FundingCall.Eligibility), c => c.Eligibility, (c, v) => c.Eligibility = v, null),
        Text(nameof(FundingCall.Contact), c => c.Contact, (c, v) => c.Contact = v, d => d.Contact),
        List(nameof(FundingCall.Funders), c => c.Funders, (c, v) => c.Funders = v, null),
        List(nameof(FundingCall.Beneficiaries), c => c.Beneficiaries, (c, v) => c.Beneficiaries = v, d => d.Beneficiaries),
        List(nameof(FundingCall.AidTypes), c => c.AidTypes, (c, v) => c.AidTypes = v, d => d.AidTypes),
        List(nameof(FundingCall.Destinations), c => c.Destinations, (c, v) => c.Destinations = v, null),
        List(nameof(FundingCall.Themes), c => c.Themes, (c, v) => c.Themes = v, d => d.Themes),
        List(nameof(FundingCall.SubThemes), c => c.SubThemes, (c, v) => c.SubThemes = v, null),
        Text(nameof(FundingCall.Territory), c => c.Territory, (c, v) => c.Territory = v ?? c.Territory, d => d.Territory),
        List(nameof(FundingCall.Territories), c => [.. CallTerritories.Of(c)], (c, v) => c.Territories = v, d => CallTerritories.Combine(d.Territory, d.Territories)),
        List(nameof(FundingCall.Publics), c => c.Publics, (c, v) => c.Publics = v, d => d.Publics),
        new(nameof(FundingCall.OpensOn), c => Iso(c.OpensOn), (c, v) => c.OpensOn = Date(v), (c, d) => c.OpensOn = d.OpensOn),
        new(nameof(FundingCall.Deadline), c => Iso(c.Deadline), (c, v) => c.Deadline = Date(v), (c, d) => c.Deadline = d.Deadline),
        new(nameof(FundingCall.DeadlineTime), c => Hours(c.DeadlineTime), (c, v) => c.DeadlineTime = Time(v), (c, d) => c.DeadlineTime = d.DeadlineTime),
        new(nameof(FundingCall.PreDepositOn), c => Iso(c.PreDepositOn), (c, v) => c.PreDepositOn = Date(v), (c, d) => c.PreDepositOn = d.PreDepositOn),
        new(nameof(FundingCall.Windows), c => WindowsJson(c.Windows), (c, v) => c.Windows = WindowsOf(v), (c, d) => c.Windows = CallWindows.Normalize(d.Windows)),
        new(nameof(FundingCall.Recurrence), c => c.Recurrence.ToString(),
            (c, v) => c.Recurrence = Enum.TryParse<Recurrence>(Str(v), out var r) ? r : c.Recurrence, (c, d) => c.Recurrence = d.Recurrence),
        Number(nameof(FundingCall.MinAmountCents), c => c.MinAmountCents, (c, v) => c.MinAmountCents = v, d => d.MinAmountCents),
        Number(nameof(FundingCall.MaxAmountCents), c => c.MaxAmountCents, (c, v) => c.MaxAmountCents = v, d => d.MaxAmountCents),
        Number(nameof(FundingCall.RateMinPercent), c => c.RateMinPercent, (c, v) => c.RateMinPercent = (int?)v, d => d.RateMinPercent),
        Number(nameof(FundingCall.RateMaxPercent), c => c.RateMaxPercent, (c, v) => c.RateMaxPercent = (int?)v, d => d.RateMaxPercent),
        Number(nameof(FundingCall.EnvelopeCents), c => c.EnvelopeCents, (c, v) => c.EnvelopeCents = v, d => d.EnvelopeCents),
        Number(nameof(FundingCall.MaxWinners), c => c.MaxWinners, (c, v) => c.MaxWinners = (int?)v, d => d.MaxWinners),
        new(nameof(FundingCall.IsCallForProjects), c => c.IsCallForProjects,
            (c, v) => c.IsCallForProjects = v is JsonValue b && b.TryGetValue<bool>(out var flag) ? flag : c.IsCallForProjects,
            (c, d) => c.IsCallForProjects = d.IsCallForProjects),
        Text(nameof(FundingCall.OriginUrl), c => c.OriginUrl, (c, v) => c.OriginUrl = v, d => d.OriginUrl),
        Text(nameof(FundingCall.ApplicationUrl), c => c.ApplicationUrl, (c, v) => c.ApplicationUrl = v, d => d.ApplicationUrl),
    ];

    /// <summary>The fields about dates only: a funder's change to them applies at once, even on a published call.</summary>
    public static IReadOnlySet<string> DateFields { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        nameof(FundingCall.OpensOn), nameof(FundingCall.Deadline), nameof(FundingCall.DeadlineTime),
        nameof(FundingCall.PreDepositOn), nameof(FundingCall.Windows),
    };

    public static EditableField? Find(string name) => All.FirstOrDefault(f => f.Name == name);

    /// <summary>Writes the draft's values onto the call; returns the fields that changed with their before/after.</summary>
    public static JsonObject Apply(FundingCall call, CallDraft draft)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(draft);
        var proposed = new FundingCall { Slug = call.Slug, Title = call.Title, Territory = call.Territory };
        var diff = new JsonObject();
        foreach (var field in All.Where(f => f.InForm))
        {
            field.FromDraft!(proposed, draft);
            var before = field.Read(call);
            var after = field.Read(proposed);
            if (JsonNode.DeepEquals(before, after)) continue;
            diff[field.Name] = new JsonObject { ["before"] = before, ["after"] = after?.DeepClone() };
            field.FromDraft(call, draft);
        }

        return diff;
    }

    private static EditableField Text(string name, Func<FundingCall, string?> read, Action<FundingCall, string?> write, Func<CallDraft, string?>? draft) =>
        new(name, c => read(c), (c, v) => write(c, Str(v)), draft is null ? null : (c, d) => write(c, draft(d)));

    private static EditableField Number(string name, Func<FundingCall, long?> read, Action<FundingCall, long?> write, Func<CallDraft, long?> draft) =>
        new(name, c => read(c), (c, v) => write(c, v is JsonValue n && n.TryGetValue<long>(out var x) ? x : null), (c, d) => write(c, draft(d)));

    private static EditableField List(string name, Func<FundingCall, List<string>> read, Action<FundingCall, List<string>> write, Func<CallDraft, IReadOnlyList<string>>? draft) =>
        new(name, c => new JsonArray([.. read(c).Select(v => (JsonNode?)JsonValue.Create(v))]),
            (c, v) => write(c, v is JsonArray array ? [.. array.Select(Str).OfType<string>()] : []),
            draft is null ? null : (c, d) => write(c, [.. draft(d)]));

    private static JsonArray WindowsJson(IEnumerable<CallWindow> windows) =>
        new([.. windows.Select(w => (JsonNode?)new JsonObject
        {
            ["opens"] = Iso(w.OpensOn),
            ["closes"] = Iso(w.ClosesOn),
            ["at"] = Hours(w.ClosesAt),
        })]);

    private static List<CallWindow> WindowsOf(JsonNode? node) =>
        node is JsonArray array
            ? CallWindows.Normalize(array.OfType<JsonObject>()
                .Where(o => Date(o["closes"]) is not null)
                .Select(o => new CallWindow(Date(o["opens"]), Date(o["closes"])!.Value, Time(o["at"]))))
            : [];

    private static string? Str(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static JsonNode? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static JsonNode? Hours(TimeOnly? time) => time?.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static DateOnly? Date(JsonNode? node) =>
        DateOnly.TryParseExact(Str(node), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static TimeOnly? Time(JsonNode? node) =>
        TimeOnly.TryParseExact(Str(node), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;
}
