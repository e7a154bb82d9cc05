using System.Globalization;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Moderation;
using Plateforme.Search.Reference;
using Plateforme.Search.Text;
using Plateforme.Web.Shared.Display;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Forms;

namespace Plateforme.Web.Shared.CallForms;

/// <summary>
/// Reads a posted call form into a <see cref="CallDraft"/>, checking every value against the reference data
/// (themes, beneficiaries, aid types, territories) and against the others (dates in order, minimum below maximum).
/// </summary>
public sealed class CallFormReader(TerritoryDirectory territories, ThemeTaxonomy themes, ReferenceLists lists)
{
    public const int MaxTitle = 500;
    public const int MaxSummary = 1000;
    public const int MaxDescription = 50_000;
    public const int MaxContact = 1000;

    /// <summary>Perimeters besides the lead one: a call for every département of a région names the région instead.</summary>
    public const int MaxTerritories = 30;

    public CallFormResult Read(CallForm form, CallChoices choices)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(choices);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);

        var title = (form.Title ?? "").Trim();
        if (title.Length == 0) errors[nameof(CallForm.Title)] = CallModerationText.TitleRequired;
        else if (title.Length > MaxTitle) errors[nameof(CallForm.Title)] = Format(CallModerationText.TooLong, MaxTitle);
        var summary = Optional(form.Summary);
        if (summary?.Length > MaxSummary) errors[nameof(CallForm.Summary)] = Format(CallModerationText.TooLong, MaxSummary);
        var description = Optional(form.Description);
        if (description?.Length > MaxDescription) errors[nameof(CallForm.Description)] = Format(CallModerationText.TooLong, MaxDescription);
        var contact = Optional(form.Contact);
        if (contact?.Length > MaxContact) errors[nameof(CallForm.Contact)] = Format(CallModerationText.TooLong, MaxContact);

        Check(errors, ListNames.Themes, choices.Themes, themes.IsTheme, CallModerationText.ThemesRequired);
        Check(errors, ListNames.Beneficiaries, choices.Beneficiaries, lists.Beneficiaries.Contains, CallModerationText.BeneficiariesRequired);
        Check(errors, ListNames.AidTypes, choices.AidTypes, lists.AidTypes.Contains, CallModerationText.AidTypesRequired);

        var territory = ResolveTerritory(form.Territory);
        if (territory is null) errors[nameof(CallForm.Territory)] = string.IsNullOrWhiteSpace(form.Territory) ? CallModerationText.TerritoryRequired : CallModerationText.TerritoryUnknown;
        var others = OtherTerritories(errors, form.OtherTerritories);
        if (!choices.Publics.All(lists.Publics.Contains)) errors[ListNames.Publics] = CallModerationText.UnknownChoice;

        if (!Enum.TryParse<Recurrence>(form.Recurrence, out var recurrence) || !Enum.IsDefined(recurrence))
        {
            errors[nameof(CallForm.Recurrence)] = CallModerationText.RecurrenceInvalid;
        }

        var opensOn = Date(errors, nameof(CallForm.OpensOn), form.OpensOn);
        var deadline = Date(errors, nameof(CallForm.Deadline), form.Deadline);
        if (deadline is null && recurrence != Recurrence.Permanent && !errors.ContainsKey(nameof(CallForm.Deadline)))
        {
            errors[nameof(CallForm.Deadline)] = CallModerationText.DeadlineRequired;
        }
        if (opensOn is { } o && deadline is { } d && o > d) errors[nameof(CallForm.OpensOn)] = CallModerationText.OpensAfterDeadline;
        TimeOnly? deadlineTime = null;
        if (!string.IsNullOrWhiteSpace(form.DeadlineTime))
        {
            if (TimeOnly.TryParseExact(form.DeadlineTime.Trim(), ["HH:mm", "H:mm", "HH'h'mm", "H'h'mm", "H'h'"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)) deadlineTime = time;
            else errors[nameof(CallForm.DeadlineTime)] = CallModerationText.TimeInvalid;
        }

        var windows = CallFormWindows.Read(errors, form, opensOn, deadline, deadlineTime);
        var preDeposit = Date(errors, nameof(CallForm.PreDepositOn), form.PreDepositOn);
        if (preDeposit is { } p && deadline is { } last && p > last) errors[nameof(CallForm.PreDepositOn)] = CallsTrueText.PreDepositAfterDeadline;

        var min = Money(errors, nameof(CallForm.MinAmount), form.MinAmount);
        var max = Money(errors, nameof(CallForm.MaxAmount), form.MaxAmount);
        if (min is { } a && max is { } b && a > b) errors[nameof(CallForm.MinAmount)] = CallModerationText.MinAboveMax;
        var envelope = Money(errors, nameof(CallForm.Envelope), form.Envelope);
        var rateMin = Whole(errors, nameof(CallForm.RateMin), form.RateMin, 0, 100, CallModerationText.RateInvalid);
        var rateMax = Whole(errors, nameof(CallForm.RateMax), form.RateMax, 0, 100, CallModerationText.RateInvalid);
        if (rateMin is { } r1 && rateMax is { } r2 && r1 > r2) errors[nameof(CallForm.RateMin)] = CallModerationText.MinAboveMax;
        var winners = Whole(errors, nameof(CallForm.MaxWinners), form.MaxWinners, 1, 1_000_000, CallModerationText.WinnersInvalid);
        var originUrl = Url(errors, nameof(CallForm.OriginUrl), form.OriginUrl);
        var applicationUrl = Url(errors, nameof(CallForm.ApplicationUrl), form.ApplicationUrl);

        if (errors.Count > 0) return new CallFormResult(null, errors);
        return new CallFormResult(new CallDraft
        {
            Title = title,
            Summary = summary,
            DescriptionHtml = description,
            Beneficiaries = choices.Beneficiaries,
            Themes = choices.Themes,
            AidTypes = choices.AidTypes,
            Territory = territory!.Value.ToString(),
            Territories = CallTerritories.Combine(territory.Value.ToString(), others),
            Publics = choices.Publics,
            OpensOn = opensOn,
            Deadline = deadline,
            DeadlineTime = deadlineTime,
            PreDepositOn = preDeposit,
            Windows = windows,
            MinAmountCents = min,
            MaxAmountCents = max,
            RateMinPercent = rateMin,
            RateMaxPercent = rateMax,
            EnvelopeCents = envelope,
            MaxWinners = winners,
            Recurrence = recurrence,
            IsCallForProjects = form.IsCallForProjects,
            OriginUrl = originUrl,
            ApplicationUrl = applicationUrl,
            Contact = contact,
        }, errors);
    }

    /// <summary>A code ("dep:80") or a name typed in full ("Somme", "Amiens"); null when it names nothing known.</summary>
    public TerritoryCode? ResolveTerritory(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim();
        if (TerritoryCode.TryParse(text, out var code)) return territories.IsKnown(code) ? code : null;
        var wanted = FrenchFolding.Fold(text).Trim();
        var match = territories.Suggest(text.Length > 100 ? text[..100] : text, 10).FirstOrDefault(t => FrenchFolding.Fold(t.Name).Trim() == wanted);
        return match?.Code;
    }

    /// <summary>The other perimeters, each a known code or a name typed in full; the first unknown one is named in the error.</summary>
    private List<string> OtherTerritories(Dictionary<string, string> errors, string? text)
    {
        var codes = new List<string>();
        var parts = (text ?? "").Split([',', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length > MaxTerritories)
        {
            errors[nameof(CallForm.OtherTerritories)] = string.Format(FrenchFormat.Culture, CallModerationText.TerritoriesTooMany, MaxTerritories);
            return codes;
        }
        foreach (var part in parts)
        {
            if (ResolveTerritory(part) is { } code)
            {
                codes.Add(code.ToString());
                continue;
            }
            errors[nameof(CallForm.OtherTerritories)] = string.Format(FrenchFormat.Culture, CallModerationText.TerritoriesUnknown, part.Length > 60 ? part[..60] + "…" : part);
            break;
        }
        return codes;
    }

    private static void Check(Dictionary<string, string> errors, string key, IReadOnlyList<string> values, Func<string, bool> known, string required)
    {
        if (values.Count == 0) errors[key] = required;
        else if (!values.All(known)) errors[key] = CallModerationText.UnknownChoice;
    }

    // Browsers post a textarea's line breaks as CRLF: stored text keeps LF, so an untouched field compares equal.
    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    internal static DateOnly? Date(Dictionary<string, string> errors, string key, string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year is >= 2000 and <= 2100)
        {
            return date;
        }
        errors[key] = CallModerationText.DateInvalid;
        return null;
    }

    private static long? Money(Dictionary<string, string> errors, string key, string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (EuroAmount.TryParseCents(text, out var cents)) return cents;
        errors[key] = CallModerationText.AmountInvalid;
        return null;
    }

    private static int? Whole(Dictionary<string, string> errors, string key, string text, int min, int max, string message)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var compact = text.Replace("%", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Trim();
        if (int.TryParse(compact, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        errors[key] = message;
        return null;
    }

    private static string? Url(Dictionary<string, string> errors, string key, string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var trimmed = text.Trim();
        if (trimmed.Length <= 2048 && Uri.TryCreate(trimmed, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
        {
            return trimmed;
        }
        errors[key] = CallModerationText.UrlInvalid;
        return null;
    }

    private static string Format(string template, int value) => string.Format(FrenchFormat.Culture, template, value);
}
