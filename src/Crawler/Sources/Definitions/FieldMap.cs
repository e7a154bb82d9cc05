namespace Plateforme.Crawler.Sources.Definitions;

/// <summary>
/// Where each field sits in an item. The same names serve every kind: CSS selectors for HTML
/// (optionally "selector@attribute", and "." for the item element itself), simple JSON paths
/// ("title", "organization.name", "financers[*]") for JSON, column names for CSV (several
/// columns joined with "|").
/// </summary>
public sealed record FieldMap
{
    /// <summary>What one item is: CSS selector of a listing entry, JSON path of the item array ("$.results[*]").</summary>
    public string? Item { get; init; }

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

    /// <summary>The named fields that have a mapping, for the "items with missing fields" diagnostics.</summary>
    public IEnumerable<KeyValuePair<string, string>> MappedFields()
    {
        (string Name, string? Path)[] all =
        [
            (nameof(Id), Id), (nameof(Title), Title), (nameof(Link), Link), (nameof(Deadline), Deadline),
            (nameof(Opening), Opening), (nameof(Amount), Amount), (nameof(Summary), Summary),
            (nameof(Description), Description), (nameof(Funder), Funder), (nameof(Beneficiaries), Beneficiaries),
            (nameof(Themes), Themes), (nameof(Territory), Territory), (nameof(AidType), AidType),
            (nameof(Contact), Contact), (nameof(ApplicationLink), ApplicationLink),
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
