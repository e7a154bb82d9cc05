using System.Globalization;
using System.Text.Json.Nodes;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Indexing;
using Plateforme.Search.Moderation;
using Plateforme.Search.Reference;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Display;

namespace Plateforme.Web.Shared.CallForms;

/// <summary>Field names and values of a stored diff, in French, for the diff tables and the journal.</summary>
public sealed class ModerationFieldLabels(TerritoryDirectory territories, ThemeTaxonomy themes, ReferenceLists lists)
{
    private const int MaxText = 600;

    public static string Field(string name) =>
        CallModerationText.ResourceManager.GetString("Field" + name, CultureInfo.CurrentUICulture) ?? name;

    public static string Recurrence(Recurrence recurrence) => recurrence switch
    {
        Plateforme.Search.Catalogue.Recurrence.Recurring => CallModerationText.RecurrenceRecurring,
        Plateforme.Search.Catalogue.Recurrence.Permanent => CallModerationText.RecurrencePermanent,
        _ => CallModerationText.RecurrenceOneOff,
    };

    public static string State(ModerationState state) => state switch
    {
        ModerationState.Draft => CallModerationText.StateDraft,
        ModerationState.ToReview => CallModerationText.StateToReview,
        ModerationState.Published => CallModerationText.StatePublished,
        ModerationState.Rejected => CallModerationText.StateRejected,
        _ => CallModerationText.StateOther,
    };

    public static string Action(ModerationAction action) => action switch
    {
        ModerationAction.Approved => CallModerationText.ActionApproved,
        ModerationAction.EditedAndApproved => CallModerationText.ActionEditedAndApproved,
        ModerationAction.Rejected => CallModerationText.ActionRejected,
        ModerationAction.ChangeApplied => CallModerationText.ActionChangeApplied,
        _ => CallModerationText.ActionChangeDiscarded,
    };

    /// <summary>A value as a moderator reads it: labels for slugs, euros for cents, French dates.</summary>
    public string Value(string field, JsonNode? value)
    {
        if (value is null) return CallModerationText.EmptyValue;
        if (value is JsonArray windows && field == nameof(FundingCall.Windows))
        {
            var items = windows.OfType<JsonObject>().Select(WindowText).ToList();
            return items.Count == 0 ? CallModerationText.EmptyValue : string.Join(" ; ", items);
        }
        if (value is JsonArray array)
        {
            var items = array.Select(v => Text(v) ?? "").Where(v => v.Length > 0).Select(v => Label(field, v)).ToList();
            return items.Count == 0 ? CallModerationText.EmptyValue : string.Join(", ", items);
        }

        if (value is not JsonValue scalar) return value.ToJsonString();
        if (scalar.TryGetValue<bool>(out var flag)) return flag ? CallModerationText.Yes : CallModerationText.No;
        if (scalar.TryGetValue<long>(out var number))
        {
            return field switch
            {
                nameof(FundingCall.MinAmountCents) or nameof(FundingCall.MaxAmountCents) or nameof(FundingCall.EnvelopeCents) => FrenchFormat.Money(number),
                nameof(FundingCall.RateMinPercent) or nameof(FundingCall.RateMaxPercent) => FrenchFormat.Percent((int)number),
                _ => number.ToString("N0", FrenchFormat.Culture),
            };
        }

        var text = Text(value) ?? "";
        return field switch
        {
            nameof(FundingCall.OpensOn) or nameof(FundingCall.Deadline) or nameof(FundingCall.PreDepositOn) or "ClosedOn" when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => FrenchFormat.Date(date),
            nameof(FundingCall.Territory) when TerritoryCode.TryParse(text, out var code) => territories.Label(code),
            nameof(FundingCall.Recurrence) when Enum.TryParse<Recurrence>(text, out var recurrence) => Recurrence(recurrence),
            nameof(FundingCall.DescriptionHtml) => Shorten(CallDocumentBuilder.PlainText(text) ?? CallModerationText.EmptyValue),
            _ => Shorten(text.Length == 0 ? CallModerationText.EmptyValue : text),
        };
    }

    private string Label(string field, string slug) => field switch
    {
        nameof(FundingCall.Beneficiaries) => lists.Beneficiaries.LabelOf(slug),
        nameof(FundingCall.AidTypes) => lists.AidTypes.LabelOf(slug),
        nameof(FundingCall.Destinations) => lists.Destinations.LabelOf(slug),
        nameof(FundingCall.Publics) => lists.Publics.LabelOf(slug),
        nameof(FundingCall.Territories) => TerritoryCode.TryParse(slug, out var code) ? territories.Label(code) : slug,
        nameof(FundingCall.Themes) => themes.LabelOf(slug),
        nameof(FundingCall.SubThemes) => themes.SubThemeLabelOf(slug),
        _ => slug,
    };

    /// <summary>« du 1 mars 2027 au 15 avril 2027 » from the history's { "opens", "closes" } form.</summary>
    private static string WindowText(JsonObject window)
    {
        static string Day(JsonNode? node) =>
            DateOnly.TryParseExact(Text(node), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? FrenchFormat.Date(date) : "?";
        return window["opens"] is null
            ? string.Format(FrenchFormat.Culture, CallsTrueText.WindowUntil, Day(window["closes"]))
            : string.Format(FrenchFormat.Culture, CallsTrueText.WindowFromTo, Day(window["opens"]), Day(window["closes"]));
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static string Shorten(string text) => text.Length <= MaxText ? text : text[..MaxText] + "…";
}
