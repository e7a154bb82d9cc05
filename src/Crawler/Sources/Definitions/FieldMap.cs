namespace Plateforme.Crawler.Sources.Definitions;

/// <summary>
/// Where each field sits in an item. The same names serve every kind: CSS selectors for HTML
/// (optionally "selector@attribute", and "." for the item element itself), simple JSON paths
/// ("title", "organization.name", "financers[*]") for JSON, column names for CSV (several
/// columns joined with "|"), element names for a feed item ("aap:dateLimite", "enclosure@url").
/// Every kind also takes "label:Date limite|Clôture" (HTML and feed summaries: the value next to
/// that label) and templates joining several values ("{date_cloture} à {heure_cloture}").
/// </summary>
public sealed record FieldMap
{
    /// <summary>What one item is: CSS selector of a listing entry, JSON path of the item array ("$.results[*]").</summary>
    public string? Item { get; init; }

    /// <summary>HTML: whether <see cref="Item"/> selects whole items or the headings that open them.</summary>
    public ItemMode ItemMode { get; init; } = ItemMode.Elements;

    /// <summary>The unit of a plain number in <see cref="Amount"/> ("150000", 1500000): null leaves numbers as written.</summary>
    public AmountUnit? AmountUnit { get; init; }

    public string? Id { get; init; }
    public string? Title { get; init; }
    public string? Link { get; init; }
    public string? Deadline { get; init; }
    public string? Opening { get; init; }
    public string? Amount { get; init; }
    public string? Summary { get; init; }
    public string? Description { get; init; }
    public string? Funder { get; init; }
    public string? Beneficiaries { get; init; }
    public string? Themes { get; init; }
    public string? Territory { get; init; }
    public string? AidType { get; init; }
    public string? Contact { get; init; }
    public string? ApplicationLink { get; init; }

    /// <summary>"Ponctuelle", "Récurrente", "Permanente" or the source's own words for it.</summary>
    public string? Recurrence { get; init; }

    /// <summary>The named fields that have a mapping, for the "items with missing fields" diagnostics.</summary>
    public IEnumerable<KeyValuePair<string, string>> MappedFields()
    {
        (string Name, string? Path)[] all =
        [
            (nameof(Id), Id), (nameof(Title), Title), (nameof(Link), Link), (nameof(Deadline), Deadline),
            (nameof(Opening), Opening), (nameof(Amount), Amount), (nameof(Summary), Summary),
            (nameof(Description), Description), (nameof(Funder), Funder), (nameof(Beneficiaries), Beneficiaries),
            (nameof(Themes), Themes), (nameof(Territory), Territory), (nameof(AidType), AidType),
            (nameof(Contact), Contact), (nameof(ApplicationLink), ApplicationLink), (nameof(Recurrence), Recurrence),
        ];
        foreach (var (name, path) in all)
        {
            if (!string.IsNullOrWhiteSpace(path))
            {
                yield return new(name, path);
            }
        }
    }
}
