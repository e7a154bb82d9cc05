using System.Globalization;
using Plateforme.Search.Indexing;
using Plateforme.Search.Reference;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Display;

namespace Plateforme.Web.Shared.Query;

/// <summary>The French words for a filter: its dimension ("Thématique") and a value's label ("Sport").</summary>
public sealed class FilterLabels(FilterVocabulary vocabulary)
{
    public static string Dimension(string parameter) => parameter switch
    {
        FacetNames.Territory => UiText.FacetTerritory,
        FacetNames.Beneficiary => UiText.FacetBeneficiary,
        FacetNames.Theme => UiText.FacetTheme,
        FacetNames.AidType => UiText.FacetAidType,
        FacetNames.Funder => UiText.FacetFunder,
        FacetNames.Status => UiText.FacetStatus,
        FacetNames.Recurrence => UiText.FacetRecurrence,
        FacetNames.Public => UiText.FacetPublic,
        FacetNames.Destination => UiText.FacetDestination,
        FacetNames.Programme => CallSourceText.FacetProgramme,
        SearchFilters.DeadlineFrom => UiText.FilterDeadlineFrom,
        SearchFilters.DeadlineTo => UiText.FilterDeadlineTo,
        SearchFilters.AmountMin => UiText.FilterAmountMin,
        SearchFilters.AmountMax => UiText.FilterAmountMax,
        _ => parameter,
    };

    public string Value(string parameter, string value) => parameter switch
    {
        FacetNames.Territory => TerritoryCode.TryParse(value, out var code) ? vocabulary.Territories.Label(code) : value,
        FacetNames.Beneficiary => vocabulary.Lists.Beneficiaries.LabelOf(value),
        FacetNames.Theme => vocabulary.Taxonomy.LabelOf(value),
        FacetNames.AidType => vocabulary.Lists.AidTypes.LabelOf(value),
        FacetNames.Funder => Funder(value),
        FacetNames.Status => vocabulary.Lists.Statuses.LabelOf(value),
        FacetNames.Recurrence => vocabulary.Lists.Recurrences.LabelOf(value),
        FacetNames.Public => vocabulary.Lists.Publics.LabelOf(value),
        FacetNames.Destination => vocabulary.Lists.Destinations.LabelOf(value),
        FacetNames.Programme => ProgrammeList.LabelOf(value),
        SearchFilters.DeadlineFrom or SearchFilters.DeadlineTo => IsoDate(value),
        SearchFilters.AmountMin or SearchFilters.AmountMax => Euros(value),
        _ => value,
    };

    public string Destination(string slug) => vocabulary.Lists.Destinations.LabelOf(slug);

    public string Funder(string slug) =>
        vocabulary.FunderValues.FirstOrDefault(f => string.Equals(f.Value, slug, StringComparison.Ordinal))?.Label ?? slug;

    private static string IsoDate(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? FrenchFormat.Date(date)
            : value;

    private static string Euros(string value) =>
        decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var euros)
            ? FrenchFormat.Money((long)(euros * 100m))
            : value;
}
