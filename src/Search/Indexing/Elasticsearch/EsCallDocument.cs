using System.Buffers.Binary;
using System.Text.Json.Serialization;
using Plateforme.Search.Indexing.Lucene;

namespace Plateforme.Search.Indexing.Elasticsearch;

/// <summary>
/// One call as Elasticsearch stores it: the searchable texts, keyword values for filters and facets, numbers for
/// ranges and sorts, and the <see cref="CallDocument"/> itself to draw result cards from.
/// </summary>
internal sealed class EsCallDocument
{
    [JsonPropertyName(EsFields.Id)] public string Id { get; set; } = "";
    [JsonPropertyName(EsFields.IdOrder)] public long IdOrder { get; set; }
    [JsonPropertyName(EsFields.Card)] public CallDocument? Card { get; set; }
    [JsonPropertyName(EsFields.Title)] public string? Title { get; set; }
    [JsonPropertyName(EsFields.Labels)] public List<string>? Labels { get; set; }
    [JsonPropertyName(EsFields.Summary)] public string? Summary { get; set; }
    [JsonPropertyName(EsFields.Description)] public string? Description { get; set; }
    [JsonPropertyName(EsFields.TitleWords)] public string? TitleWords { get; set; }
    [JsonPropertyName(EsFields.ThemeWords)] public List<string>? ThemeWords { get; set; }
    [JsonPropertyName(EsFields.FunderWords)] public List<string>? FunderWords { get; set; }
    [JsonPropertyName(EsFields.TerritoryPath)] public List<string>? TerritoryPath { get; set; }
    [JsonPropertyName(EsFields.OpensDay)] public int? OpensDay { get; set; }
    [JsonPropertyName(EsFields.DeadlineDay)] public int? DeadlineDay { get; set; }
    [JsonPropertyName(EsFields.MinAmount)] public long? MinAmount { get; set; }
    [JsonPropertyName(EsFields.MaxAmount)] public long? MaxAmount { get; set; }
    [JsonPropertyName(EsFields.PublishedAt)] public long PublishedAt { get; set; }

    /// <summary>"v_beneficiary", "facet_beneficiary"…: written as extra properties of the object.</summary>
    [JsonExtensionData] public Dictionary<string, object>? Dimensions { get; set; }

    public static string IdText(Guid id) => id.ToString("N");

    public static EsCallDocument From(CallDocument call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var hasAmount = call.MinAmountCents is not null || call.MaxAmountCents is not null;
        var document = new EsCallDocument
        {
            Id = IdText(call.Id),
            IdOrder = IdOrderOf(call.Id),
            Card = call,
            Title = call.Title,
            Labels = [.. call.Themes.Concat(call.SubThemes).Concat(call.Funders).Concat(call.Programmes).Select(value => value.Label).Concat(call.Keywords)],
            Summary = string.IsNullOrWhiteSpace(call.Summary) ? null : call.Summary,
            Description = string.IsNullOrWhiteSpace(call.DescriptionText) ? null : call.DescriptionText,
            TitleWords = call.Title,
            ThemeWords = [.. call.Themes.Select(theme => theme.Label)],
            FunderWords = [.. call.Funders.Select(funder => funder.Label)],
            TerritoryPath = [.. call.TerritoryPath.Append(call.Territory.Value).Distinct(StringComparer.Ordinal)],
            OpensDay = call.OpensOn?.DayNumber,
            DeadlineDay = call.Deadline?.DayNumber,

            // A missing minimum reads as 0 and a missing maximum as no limit; without either, no amount filter meets the call.
            MinAmount = hasAmount ? call.MinAmountCents ?? 0 : null,
            MaxAmount = hasAmount ? call.MaxAmountCents ?? long.MaxValue : null,
            PublishedAt = call.PublishedAt.ToUnixTimeMilliseconds(),
            Dimensions = [],
        };

        Add(document, FacetNames.Beneficiary, call.Beneficiaries);
        Add(document, FacetNames.Theme, call.Themes);
        Add(document, FacetNames.AidType, call.AidTypes);
        Add(document, FacetNames.Funder, call.Funders);
        Add(document, FacetNames.Territory, call.Territories.Count > 0 ? call.Territories : [call.Territory]);
        Add(document, FacetNames.Public, call.Publics);
        Add(document, FacetNames.Destination, [.. call.Destinations.Select(d => new LabelledValue(d, FacetLabels.OfDestination(d)))]);
        Add(document, FacetNames.Recurrence, [new LabelledValue(call.Recurrence, FacetLabels.OfRecurrence(call.Recurrence))]);
        Add(document, FacetNames.Programme, call.Programmes);
        return document;
    }

    /// <summary>The first 8 bytes of the id: the same tie-breaking order as the Lucene backend.</summary>
    public static long IdOrderOf(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes, bigEndian: true, out _);
        return BinaryPrimitives.ReadInt64BigEndian(bytes);
    }

    private static void Add(EsCallDocument document, string dimension, IReadOnlyList<LabelledValue> values)
    {
        // An empty dimension is left out, so "exists" tells a call that states nothing (« public non précisé »).
        var distinct = values.Where(value => !string.IsNullOrEmpty(value.Value)).DistinctBy(value => value.Value, StringComparer.Ordinal).ToArray();
        if (distinct.Length == 0) return;
        document.Dimensions![EsFields.Values(dimension)] = distinct.Select(value => value.Value).ToArray();
        document.Dimensions[EsFields.Facet(dimension)] = distinct.Select(value => value.Value + EsFields.LabelSeparator + value.Label).ToArray();
    }
}
