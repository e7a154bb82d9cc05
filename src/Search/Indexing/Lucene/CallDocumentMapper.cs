using System.Buffers.Binary;
using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Plateforme.Search.Indexing.Lucene;

/// <summary>Turns a <see cref="CallDocument"/> into index fields and back.</summary>
internal static class CallDocumentMapper
{
    private static readonly FieldType WordsOnly = CreateWordsOnlyType();

    public static Document ToDocument(CallDocument call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var doc = new Document
        {
            new StringField(CallFields.Id, IdText(call.Id), Field.Store.NO),
            new StoredField(CallFields.Json, JsonSerializer.SerializeToUtf8Bytes(call, CallDocumentJsonContext.Default.CallDocument)),
            new NumericDocValuesField(CallFields.IdOrder, IdOrder(call.Id)),
            new NumericDocValuesField(CallFields.PublishedAt, call.PublishedAt.UtcTicks),
        };

        AddText(doc, call);
        AddValues(doc, CallFields.Beneficiary, FacetNames.Beneficiary, call.Beneficiaries);
        AddValues(doc, CallFields.Theme, FacetNames.Theme, call.Themes);
        AddValues(doc, CallFields.AidType, FacetNames.AidType, call.AidTypes);
        AddValues(doc, CallFields.Funder, FacetNames.Funder, call.Funders);
        AddValues(doc, CallFields.Territory, FacetNames.Territory, [call.Territory]);
        AddValues(doc, CallFields.Recurrence, FacetNames.Recurrence, [new LabelledValue(call.Recurrence, FacetLabels.OfRecurrence(call.Recurrence))]);
        foreach (var code in call.TerritoryPath.Append(call.Territory.Value).Distinct(StringComparer.Ordinal))
        {
            doc.Add(new StringField(CallFields.TerritoryPath, code, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(CallFields.TerritoryPath, new BytesRef(code)));
        }

        AddDay(doc, CallFields.OpensOn, call.OpensOn?.DayNumber ?? CallFields.NoOpeningDay);
        AddDay(doc, CallFields.Deadline, call.Deadline?.DayNumber ?? CallFields.NoDeadlineDay);
        AddAmounts(doc, call);
        return doc;
    }

    public static CallDocument FromJson(BytesRef json) =>
        JsonSerializer.Deserialize(json.Bytes.AsSpan(json.Offset, json.Length), CallDocumentJsonContext.Default.CallDocument)
        ?? throw new InvalidDataException("A stored call is empty.");

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
        doc.Add(new TextField(CallFields.TitleWords, call.Title, Field.Store.NO));
        doc.Add(new Field(CallFields.Spelling, call.Title, WordsOnly));
        foreach (var label in call.Themes.Concat(call.SubThemes))
        {
            doc.Add(new TextField(CallFields.Themes, label.Label, Field.Store.NO));
            doc.Add(new Field(CallFields.Spelling, label.Label, WordsOnly));
        }

        foreach (var funder in call.Funders)
        {
            doc.Add(new TextField(CallFields.Funders, funder.Label, Field.Store.NO));
            doc.Add(new Field(CallFields.Spelling, funder.Label, WordsOnly));
        }

        foreach (var keyword in call.Keywords)
        {
            doc.Add(new TextField(CallFields.Keywords, keyword, Field.Store.NO));
            doc.Add(new Field(CallFields.Spelling, keyword, WordsOnly));
        }

        if (!string.IsNullOrWhiteSpace(call.Summary))
        {
            doc.Add(new TextField(CallFields.Summary, call.Summary, Field.Store.NO));
            doc.Add(new Field(CallFields.Spelling, call.Summary, WordsOnly));
        }

        if (!string.IsNullOrWhiteSpace(call.DescriptionText))
        {
            doc.Add(new TextField(CallFields.Description, call.DescriptionText, Field.Store.NO));
        }
    }

    private static void AddValues(Document doc, string field, string dimension, IReadOnlyList<LabelledValue> values)
    {
        var facetField = CallFields.FacetField(dimension);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            if (string.IsNullOrEmpty(value.Value) || !seen.Add(value.Value)) continue;
            doc.Add(new StringField(field, value.Value, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(facetField, new BytesRef(FacetTerm(value))));
        }
    }

    private static void AddDay(Document doc, string field, int day)
    {
        doc.Add(new Int32Field(field, day, Field.Store.NO));
        doc.Add(new NumericDocValuesField(field, day));
    }

    /// <summary>A call without any amount gets no amount fields, so that any amount filter leaves it out.</summary>
    private static void AddAmounts(Document doc, CallDocument call)
    {
        if (call.MinAmountCents is null && call.MaxAmountCents is null) return;
        doc.Add(new Int64Field(CallFields.MinAmount, call.MinAmountCents ?? 0, Field.Store.NO));
        doc.Add(new Int64Field(CallFields.MaxAmount, call.MaxAmountCents ?? long.MaxValue, Field.Store.NO));
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
}
