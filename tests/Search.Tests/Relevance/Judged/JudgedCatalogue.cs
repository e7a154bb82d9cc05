using System.Text.Json;
using System.Text.Json.Serialization;
using Plateforme.Search.Indexing;
using Plateforme.Search.Tests.Lucene;

namespace Plateforme.Search.Tests.Relevance.Judged;

/// <summary>
/// Real-looking call texts as funders publish them, and queries typed the way associations, city staff and
/// small businesses type them, each with the calls a person expects (judged by hand before any tuning).
/// </summary>
internal static class JudgedCatalogue
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyList<JudgedCall> Calls { get; } = Load<JudgedCall>("judged-calls.json");

    public static IReadOnlyList<JudgedQuery> Queries { get; } = Load<JudgedQuery>("judged-queries.json");

    public static IEnumerable<CallDocument> Documents() => Calls.Select((call, i) => call.ToDocument(i));

    private static List<T> Load<T>(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Relevance", "Judged", file);
        return JsonSerializer.Deserialize<List<T>>(File.ReadAllText(path), Json)!;
    }
}

internal sealed record JudgedCall(string Slug, string Funder, string Title, string Summary, string Description, int? Deadline, bool General)
{
    /// <summary>Published a day apart, the newest last, so recency can only break ties.</summary>
    public CallDocument ToDocument(int order)
    {
        var call = CallBuilder.Call(Title).Slug(Slug).Summary(Summary).Description(Description)
            .Funder(Slug + "-funder", Funder)
            .Territory("reg:32", "Hauts-de-France", "nat:FR")
            .Published(new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero).AddDays(order % 60))
            .Recurrence(Deadline is null ? "permanente" : "ponctuelle");
        return Deadline is { } days ? call.Deadline(TestIndex.Day(days)).Build() : call.Build();
    }
}

internal sealed record JudgedQuery(string Family, string Query, IReadOnlyList<string> Relevant)
{
    [JsonIgnore]
    public string Label => $"{Family}: {Query}";
}
