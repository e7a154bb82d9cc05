using Plateforme.Crawler.Sources.Definitions;

namespace Plateforme.Crawler.Sources;

/// <summary>The values read for one item, by the names of <see cref="FieldMap"/>, before they become a <see cref="RawCall"/>.</summary>
public sealed class ItemFields
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public string? this[string name]
    {
        get => _values.GetValueOrDefault(name);
        set
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                _values.Remove(name);
            }
            else
            {
                _values[name] = value;
            }
        }
    }

    /// <summary>Values of <paramref name="richer"/> win; ours fill the gaps (a detail page over its listing entry).</summary>
    public ItemFields OverlaidWith(ItemFields richer)
    {
        var merged = new ItemFields();
        foreach (var (name, value) in _values)
        {
            merged._values[name] = value;
        }

        foreach (var (name, value) in richer._values)
        {
            merged._values[name] = value;
        }

        return merged;
    }

    /// <summary>Mapped fields that found nothing.</summary>
    public List<string> MissingOf(params FieldMap?[] maps) =>
        maps.Where(map => map is not null)
            .SelectMany(map => map!.MappedFields().Select(pair => pair.Key))
            .Distinct(StringComparer.Ordinal)
            .Where(name => this[name] is null)
            .ToList();

    public RawCall ToRawCall(SourceDefinition definition, Uri url, string externalId, string title) =>
        new(definition.Id, externalId, url, title)
        {
            DeadlineText = this[nameof(FieldMap.Deadline)],
            OpeningText = this[nameof(FieldMap.Opening)],
            AmountText = this[nameof(FieldMap.Amount)],
            SummaryHtml = this[nameof(FieldMap.Summary)],
            DescriptionHtml = this[nameof(FieldMap.Description)],
            FunderText = this[nameof(FieldMap.Funder)],
            BeneficiariesText = this[nameof(FieldMap.Beneficiaries)],
            ThemesText = this[nameof(FieldMap.Themes)],
            TerritoryText = this[nameof(FieldMap.Territory)],
            AidTypeText = this[nameof(FieldMap.AidType)],
            ContactText = this[nameof(FieldMap.Contact)],
            ApplicationUrl = this[nameof(FieldMap.ApplicationLink)] is { } application
                && Uri.TryCreate(application, UriKind.Absolute, out var applicationUrl) ? applicationUrl : null,
            NumericDateFormat = definition.DateFormat,
            RecurrenceText = this[nameof(FieldMap.Recurrence)],
        };
}
