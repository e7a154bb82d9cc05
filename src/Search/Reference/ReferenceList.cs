using System.Diagnostics.CodeAnalysis;
using Plateforme.Search.Text;

namespace Plateforme.Search.Reference;

/// <summary>A closed list of values (beneficiaries, aid types…) in display order, looked up by slug.</summary>
public sealed class ReferenceList
{
    private readonly Dictionary<string, ReferenceItem> bySlug;
    private readonly Dictionary<string, string> slugByFoldedText;

    public ReferenceList(string name, IReadOnlyList<ReferenceItem> items)
    {
        Name = name;
        Items = items;
        bySlug = items.ToDictionary(i => i.Slug, StringComparer.Ordinal);
        slugByFoldedText = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            slugByFoldedText.TryAdd(FrenchFolding.FoldWords(item.Slug), item.Slug);
            slugByFoldedText.TryAdd(FrenchFolding.FoldWords(item.Label), item.Slug);
        }
    }

    /// <summary>What the list holds, named like the API's filter parameter ("beneficiary").</summary>
    public string Name { get; }

    public IReadOnlyList<ReferenceItem> Items { get; }

    public IEnumerable<string> Slugs => Items.Select(i => i.Slug);

    public ReferenceItem? Find(string? slug) => slug is null ? null : bySlug.GetValueOrDefault(slug);

    public bool Contains(string? slug) => slug is not null && bySlug.ContainsKey(slug);

    /// <summary>The French label, or the slug itself when unknown, so an outdated value still shows.</summary>
    public string LabelOf(string slug) => Find(slug)?.Label ?? slug;

    /// <summary>
    /// The slug for an exact slug, or for a slug or label written loosely: "Entreprise privée",
    /// "ENTREPRISE_PRIVEE" and "entreprise privee" all give "entreprise-privee".
    /// </summary>
    public bool TryNormalize(string? text, [NotNullWhen(true)] out string? slug)
    {
        slug = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        if (bySlug.ContainsKey(text))
        {
            slug = text;
            return true;
        }
        return slugByFoldedText.TryGetValue(FrenchFolding.FoldWords(text), out slug);
    }
}
