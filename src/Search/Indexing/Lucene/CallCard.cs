using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Plateforme.Search.Indexing.Lucene;

/// <summary>
/// The whole <see cref="CallDocument"/> kept in the index, to draw hits from the index alone: JSON compressed
/// with Brotli in binary doc values, read straight from the segment without decompressing a block of
/// neighbours as stored fields do (several times faster for a page of hits). A call too large for doc values
/// (over 32 KB compressed) keeps its JSON in a stored field instead, with an empty card as the marker.
/// </summary>
internal static class CallCard
{
    /// <summary>Lucene's limit for one binary doc value, less a margin.</summary>
    private const int MaxCardBytes = 32_000;

    private const int BrotliQuality = 2;
    private const int BrotliWindow = 22;

    public static void AddTo(Document doc, CallDocument call)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(call, CallDocumentJsonContext.Default.CallDocument);
        var card = Encode(json);
        if (card is null)
        {
            doc.Add(new BinaryDocValuesField(CallFields.Card, new BytesRef()));
            doc.Add(new StoredField(CallFields.Json, json));
            return;
        }

        doc.Add(new BinaryDocValuesField(CallFields.Card, new BytesRef(card)));
    }

    /// <summary>The call of a top-level document number.</summary>
    public static CallDocument Read(IndexReader reader, int doc)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var local = doc - leaf.DocBase;
        var card = new BytesRef();
        leaf.AtomicReader.GetBinaryDocValues(CallFields.Card)?.Get(local, card);
        if (card.Length == 0)
        {
            var json = leaf.AtomicReader.Document(local, CallFields.JsonOnly).GetBinaryValue(CallFields.Json)
                ?? throw new InvalidDataException("A stored call has neither a card nor JSON.");
            return Deserialize(json.Bytes.AsSpan(json.Offset, json.Length));
        }

        return Decode(card.Bytes.AsSpan(card.Offset, card.Length));
    }

    private static byte[]? Encode(byte[] json)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(sizeof(int) + BrotliEncoder.GetMaxCompressedLength(json.Length));
        try
        {
            BinaryPrimitives.WriteInt32LittleEndian(buffer, json.Length);
            if (!BrotliEncoder.TryCompress(json, buffer.AsSpan(sizeof(int)), out var written, BrotliQuality, BrotliWindow)) return null;
            var length = sizeof(int) + written;
            return length > MaxCardBytes ? null : buffer.AsSpan(0, length).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static CallDocument Decode(ReadOnlySpan<byte> card)
    {
        var length = BinaryPrimitives.ReadInt32LittleEndian(card);
        var json = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            if (!BrotliDecoder.TryDecompress(card[sizeof(int)..], json, out var written) || written != length)
            {
                throw new InvalidDataException("A stored call could not be decompressed.");
            }

            return Deserialize(json.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(json);
        }
    }

    private static CallDocument Deserialize(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize(json, CallDocumentJsonContext.Default.CallDocument)
        ?? throw new InvalidDataException("A stored call is empty.");
}
