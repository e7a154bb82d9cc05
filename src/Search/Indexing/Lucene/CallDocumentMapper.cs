using System.Buffers.Binary;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Plateforme.Search.Indexing.Lucene;

/// <summary>Turns a <see cref="CallDocument"/> into index fields and back.</summary>
internal static class CallDocumentMapper
{
    private static readonly FieldType WordsOnly = CreateWordsOnlyType();
    private static readonly FieldType Pairs = CreatePairsType();

    public static Document ToDocument(CallDocument call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var doc = new Document
        {
            new StringField(CallFields.Id, IdText(call.Id), Field.Store.YES),
            new StoredField(CallFields.StoredTitle, call.Title),
            new NumericDocValuesField(CallFields.IdOrder, IdOrder(call.Id)),
            new NumericDocValuesField(CallFields.PublishedAt, call.PublishedAt.UtcTicks),
        };

        CallCard.AddTo(doc, call);
        AddText(doc, call);
        AddValues(doc, null, FacetNames.Beneficiary, call.Beneficiaries);
        AddValues(doc, CallFields.Theme, FacetNames.Theme, call.Themes);
        AddValues(doc, null, FacetNames.AidType, call.AidTypes);
        AddValues(doc, CallFields.Funder, FacetNames.Funder, call.Funders);
        AddValues(doc, null, FacetNames.Territory, call.Territories.Count > 0 ? call.Territories : [call.Territory]);
        AddValues(doc, null, FacetNames.Public, call.Publics);
        AddValues(doc, null, FacetNames.Destination, [.. call.Destinations.Select(d => new LabelledValue(d, FacetLabels.OfDestination(d)))]);
        AddValues(doc, null, FacetNames.Recurrence, [new LabelledValue(call.Recurrence, FacetLabels.OfRecurrence(call.Recurrence))]);
        AddValues(doc, null, FacetNames.Programme, call.Programmes);
        foreach (var code in call.TerritoryPath.Append(call.Territory.Value).Distinct(StringComparer.Ordinal))
        {
            doc.Add(new SortedSetDocValuesField(CallFields.TerritoryPath, new BytesRef(code)));
        }

        doc.Add(new NumericDocValuesField(CallFields.OpensOn, call.OpensOn?.DayNumber ?? CallFields.NoOpeningDay));
        doc.Add(new NumericDocValuesField(CallFields.Deadline, call.Deadline?.DayNumber ?? CallFields.NoDeadlineDay));
        AddAmounts(doc, call);
        return doc;
    }

    public static string IdText(Guid id) => id.ToString("N");

    public static Term IdTerm(Guid id) => new(CallFields.Id, IdText(id));

    /// <summary>The first 8 bytes of the id: a stable, arbitrary order to break ties between equal hits.</summary>
    public static long IdOrder(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes, bigEndian: true, out _);
        return BinaryPrimitives.ReadInt64BigEndian(bytes);
    }

    public static string FacetTerm(LabelledValue value) => value.Value + CallFields.LabelSeparator + value.Label;

    private static void AddText(Document doc, CallDocument call)
    {
        doc.Add(new TextField(CallFields.Title, call.Title, Field.Store.NO));
        doc.Add(new TextField(CallFields.All, call.Title, Field.Store.NO));
        doc.Add(new Field(CallFields.AllPairs, call.Title, Pairs));
        doc.Add(new TextField(CallFields.TitleWords, call.Title, Field.Store.NO));
        doc.Add(new Field(CallFields.Spelling, call.Title, WordsOnly));
        var labels = call.Themes.Concat(call.SubThemes).Concat(call.Funders).Concat(call.Programmes).Select(value => value.Label).Concat(call.Keywords);
        foreach (var label in labels)
        {
            doc.Add(new TextField(CallFields.Labels, label, Field.Store.NO));
            doc.Add(new TextField(CallFields.All, label, Field.Store.NO));
            doc.Add(new Field(CallFields.AllPairs, label, Pairs));
            doc.Add(new Field(CallFields.Spelling, label, WordsOnly));
        }

        if (!string.IsNullOrWhiteSpace(call.Summary))
        {
            doc.Add(new TextField(CallFields.Summary, call.Summary, Field.Store.NO));
            doc.Add(new TextField(CallFields.All, call.Summary, Field.Store.NO));
            doc.Add(new Field(CallFields.AllPairs, call.Summary, Pairs));
            doc.Add(new Field(CallFields.Spelling, call.Summary, WordsOnly));
        }

        if (!string.IsNullOrWhiteSpace(call.DescriptionText))
        {
            doc.Add(new TextField(CallFields.All, call.DescriptionText, Field.Store.NO));
            doc.Add(new Field(CallFields.AllPairs, call.DescriptionText, Pairs));
        }
    }

    /// <summary>Facet doc values, plus an indexed term when <paramref name="field"/> is given.</summary>
    private static void AddValues(Document doc, string? field, string dimension, IReadOnlyList<LabelledValue> values)
    {
        var facetField = CallFields.FacetField(dimension);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            if (string.IsNullOrEmpty(value.Value) || !seen.Add(value.Value)) continue;
            if (field is not null) doc.Add(new StringField(field, value.Value, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(facetField, new BytesRef(FacetTerm(value))));
        }
    }

    /// <summary>
    /// A missing minimum reads as 0 and a missing maximum as no limit; a call with neither gets an empty
    /// range (<see cref="CallFields.NoMinAmount"/> above <see cref="CallFields.NoMaxAmount"/>) so any amount filter leaves it out.
    /// </summary>
    private static void AddAmounts(Document doc, CallDocument call)
    {
        var none = call.MinAmountCents is null && call.MaxAmountCents is null;
        doc.Add(new NumericDocValuesField(CallFields.MinAmount, none ? CallFields.NoMinAmount : call.MinAmountCents ?? 0));
        doc.Add(new NumericDocValuesField(CallFields.MaxAmount, none ? CallFields.NoMaxAmount : call.MaxAmountCents ?? long.MaxValue));
    }

    private static FieldType CreateWordsOnlyType()
    {
        var type = new FieldType
        {
            IsIndexed = true,
            IsTokenized = true,
            OmitNorms = true,
            IndexOptions = IndexOptions.DOCS_ONLY,
        };
        type.Freeze();
        return type;
    }

    /// <summary>Frequencies and norms score a phrase's pair like a word; positions are never asked of pairs.</summary>
    private static FieldType CreatePairsType()
    {
        var type = new FieldType
        {
            IsIndexed = true,
            IsTokenized = true,
            IndexOptions = IndexOptions.DOCS_AND_FREQS,
        };
        type.Freeze();
        return type;
    }
}
