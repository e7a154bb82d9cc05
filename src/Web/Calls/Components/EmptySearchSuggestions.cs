using System.Globalization;
using Plateforme.Search.Indexing;
using Plateforme.Search.Reference;
using Plateforme.Web.Calls.Catalogue;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Display;
using Plateforme.Web.Shared.Query;

namespace Plateforme.Web.Calls.Components;

/// <summary>
/// When nothing matches: each single change that would give calls — one word fewer, one filter fewer, a wider
/// territory — with the number of calls it gives, counted by the same index and parser as the page itself (each
/// suggestion's address is read back like any other address), so the number is what the click shows.
/// </summary>
public sealed class EmptySearchSuggestions(SearchRequestReader reader, ISearchIndex index, TerritoryDirectory territories)
{
    public const string RemoveWord = "remove-word";
    public const string RemoveFilter = "remove-filter";
    public const string WidenTerritory = "widen-territory";

    /// <summary>Enough to offer a choice without a wall of links.</summary>
    private const int MaxSuggestions = 6;

    public async Task<IReadOnlyList<EmptySearchSuggestion>> ForAsync(SearchFilters filters, IReadOnlyList<ActiveFilter> chips, Uri baseAddress)
    {
        ArgumentNullException.ThrowIfNull(filters);
        ArgumentNullException.ThrowIfNull(chips);
        var candidates = new List<(string Kind, string Change, string Url)>();
        var words = Words(filters.Text, alone: chips.Count > 0);
        foreach (var word in words)
        {
            var fewer = string.Join(' ', words.Where(w => !ReferenceEquals(w, word)));
            candidates.Add((RemoveWord, word, filters.WithText(fewer).ToUrl()));
        }

        foreach (var (label, url) in Widenings(filters))
        {
            candidates.Add((WidenTerritory, label, url));
        }

        foreach (var chip in chips)
        {
            candidates.Add((RemoveFilter, $"{chip.Dimension} « {chip.Label} »", chip.RemoveUrl));
        }

        var suggestions = new List<EmptySearchSuggestion>();
        foreach (var (kind, change, url) in candidates)
        {
            var request = await reader.ReadAsync(new Uri(baseAddress, url));
            var count = index.Search(request.Query with { Page = 1, PageSize = 1, IncludeFacets = false }).Total;
            if (count > 0) suggestions.Add(new EmptySearchSuggestion(kind, Text(kind, change, count), url, count));
        }

        return [.. suggestions.OrderByDescending(s => s.Count).Take(MaxSuggestions)];
    }

    private static string Text(string kind, string change, int count)
    {
        var calls = FrenchFormat.Count(count, SearchDesignText.CountOne, SearchDesignText.CountMany);
        var template = kind switch
        {
            RemoveWord => SearchDesignText.RemoveWord,
            WidenTerritory => SearchDesignText.WidenTerritory,
            _ => SearchDesignText.RemoveFilterCounted,
        };
        return string.Format(CultureInfo.CurrentCulture, template, change, calls);
    }

    /// <summary>
    /// The words of the text as typed; a lone word only with filters beside it (without filters, removing it is
    /// « voir tous les appels », offered anyway).
    /// </summary>
    private static List<string> Words(string? text, bool alone)
    {
        var words = (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        return words.Count > 1 || alone ? words : [];
    }

    /// <summary>For each territory filter, the next larger perimeter: a commune widens to its département.</summary>
    private IEnumerable<(string Label, string Url)> Widenings(SearchFilters filters)
    {
        var selected = filters.Values(FacetNames.Territory);
        foreach (var value in selected)
        {
            if (!TerritoryCode.TryParse(value, out var code)) continue;
            if (TerritoryWidening.Wider(territories, code) is not { } wider) continue;
            var replaced = selected.Select(v => v == value ? wider.ToString() : v).Distinct(StringComparer.Ordinal).ToList();
            yield return (territories.Label(wider), filters.Replace(FacetNames.Territory, replaced).ToUrl());
        }
    }
}
