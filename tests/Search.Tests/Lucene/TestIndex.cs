using Microsoft.Extensions.Logging.Abstractions;
using Plateforme.Search.Indexing;
using Plateforme.Search.Indexing.Lucene;

namespace Plateforme.Search.Tests.Lucene;

/// <summary>Opens indexes for tests and searches them with a fixed "today".</summary>
internal static class TestIndex
{
    public static readonly DateOnly Today = new(2026, 3, 2);

    public static LuceneSearchIndex InMemory() => new(new LuceneIndexOptions(), NullLogger<LuceneSearchIndex>.Instance);

    public static async Task<LuceneSearchIndex> WithAsync(params CallDocument[] calls)
    {
        var index = InMemory();
        await index.UpsertAsync(calls);
        await index.CommitAsync();
        return index;
    }

    public static SearchQuery Query(string? text = null) => new() { Text = text, Today = Today };

    public static SearchResult Search(this ISearchIndex index, string? text) => index.Search(Query(text));

    public static IReadOnlyList<string> Titles(this SearchResult result) => result.Hits.Select(hit => hit.Call.Title).ToList();

    public static DateOnly Day(int offsetFromToday) => Today.AddDays(offsetFromToday);
}
