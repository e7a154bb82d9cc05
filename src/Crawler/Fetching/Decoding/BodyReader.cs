using System.Buffers;

namespace Plateforme.Crawler.Fetching.Decoding;

/// <summary>Reads a response body up to a cap, never holding more than the cap plus one buffer.</summary>
internal static class BodyReader
{
    private const int ChunkSize = 16 * 1024;

    /// <returns>The bytes read (at most <paramref name="maxBytes"/>) and whether the body went over the cap.</returns>
    public static async Task<(byte[] Bytes, bool TooLarge)> ReadAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            using var collected = new MemoryStream();
            while (true)
            {
                var read = await stream.ReadAsync(chunk.AsMemory(0, ChunkSize), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return (collected.ToArray(), false);
                }

                var room = maxBytes - collected.Length;
                if (read > room)
                {
                    collected.Write(chunk, 0, (int)room);
                    return (collected.ToArray(), true);
                }

                collected.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }
}
