using System.Buffers.Binary;

namespace Plateforme.Lending.Photos;

/// <summary>
/// Recognises JPEG, PNG and WebP by their signatures and structure (never by the name or the declared type), reads
/// their size, and rewrites them without metadata: EXIF (camera, GPS position, date), XMP, IPTC, comments and
/// text chunks are dropped; image data and colour information (ICC profiles) are kept byte for byte.
/// </summary>
/// <remarks>
/// This is not a re-encoding: no pure .NET image codec is available from our package registry (ImageSharp is not
/// served; SkiaSharp and Magick.NET need native libraries), so pixels are not decoded. A file whose structure is
/// wrong is refused; a malformed stream inside a well-formed container reaches browsers as it came.
/// </remarks>
public static class ImageSanitizer
{
    public const int MaxSide = 12_000;

    /// <summary>Null when the bytes are not a well-formed JPEG, PNG or WebP of a sensible size.</summary>
    public static SanitizedImage? Sanitize(ReadOnlySpan<byte> data)
    {
        try
        {
            var image = data switch
            {
                _ when data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) => Jpeg(data),
                _ when data.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) => Png(data),
                _ when data.Length >= 12 && data[..4].SequenceEqual("RIFF"u8) && data[8..12].SequenceEqual("WEBP"u8) => WebP(data),
                _ => null,
            };
            return image is { Width: > 0 and <= MaxSide, Height: > 0 and <= MaxSide } ? image : null;
        }
        catch (ArgumentOutOfRangeException)
        {
            // A length field pointing past the end: truncated or forged.
            return null;
        }
    }

    private static SanitizedImage? Jpeg(ReadOnlySpan<byte> data)
    {
        var output = new MemoryStream(data.Length);
        output.Write([0xFF, 0xD8]);
        int width = 0, height = 0;
        var position = 2;
        while (position + 4 <= data.Length)
        {
            if (data[position] != 0xFF) return null;
            var marker = data[position + 1];
            if (marker == 0xFF) { position++; continue; }
            var length = BinaryPrimitives.ReadUInt16BigEndian(data.Slice(position + 2, 2));
            if (length < 2) return null;
            var segment = data.Slice(position, 2 + length);
            var body = segment[4..];
            if (marker is >= 0xC0 and <= 0xCF && marker is not (0xC4 or 0xC8 or 0xCC))
            {
                height = BinaryPrimitives.ReadUInt16BigEndian(body.Slice(1, 2));
                width = BinaryPrimitives.ReadUInt16BigEndian(body.Slice(3, 2));
            }

            if (KeepJpegSegment(marker, body)) output.Write(segment);
            position += 2 + length;
            if (marker == 0xDA)
            {
                // Start of scan: the compressed data follows up to the end of the file, metadata-free.
                output.Write(data[position..]);
                return width > 0 && data.EndsWith((ReadOnlySpan<byte>)[0xFF, 0xD9]) ? new SanitizedImage("image/jpeg", output.ToArray(), width, height) : null;
            }
        }

        return null;
    }

    // APP0 JFIF, APP2 ICC profile and APP14 Adobe (colour transform) matter for display; other APPn and COM are metadata.
    private static bool KeepJpegSegment(byte marker, ReadOnlySpan<byte> body) => marker switch
    {
        0xE0 => body.StartsWith("JFIF\0"u8),
        0xE2 => body.StartsWith("ICC_PROFILE\0"u8),
        0xEE => body.StartsWith("Adobe"u8),
        >= 0xE1 and <= 0xEF => false,
        0xFE => false,
        _ => true,
    };

    private static readonly HashSet<string> PngKept = new(StringComparer.Ordinal)
    {
        "IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "pHYs", "bKGD", "acTL", "fcTL", "fdAT",
    };

    private static SanitizedImage? Png(ReadOnlySpan<byte> data)
    {
        var output = new MemoryStream(data.Length);
        output.Write(data[..8]);
        var position = 8;
        int width = 0, height = 0;
        var first = true;
        while (position + 12 <= data.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(data.Slice(position, 4));
            if (length < 0 || position + 12 + length > data.Length) return null;
            var type = System.Text.Encoding.ASCII.GetString(data.Slice(position + 4, 4));
            if (first && type != "IHDR") return null;
            if (type == "IHDR")
            {
                width = (int)BinaryPrimitives.ReadUInt32BigEndian(data.Slice(position + 8, 4));
                height = (int)BinaryPrimitives.ReadUInt32BigEndian(data.Slice(position + 12, 4));
            }

            first = false;
            if (PngKept.Contains(type)) output.Write(data.Slice(position, 12 + length));
            position += 12 + length;
            if (type == "IEND") return new SanitizedImage("image/png", output.ToArray(), width, height);
        }

        return null;
    }

    private static SanitizedImage? WebP(ReadOnlySpan<byte> data)
    {
        var declared = (long)BinaryPrimitives.ReadUInt32LittleEndian(data.Slice(4, 4)) + 8;
        if (declared > data.Length) return null;
        data = data[..(int)declared];
        var chunks = new MemoryStream(data.Length);
        int width = 0, height = 0;
        var position = 12;
        while (position + 8 <= data.Length)
        {
            var type = System.Text.Encoding.ASCII.GetString(data.Slice(position, 4));
            var size = (int)BinaryPrimitives.ReadUInt32LittleEndian(data.Slice(position + 4, 4));
            var padded = size + (size & 1);
            if (size < 0 || position + 8 + size > data.Length) return null;
            var payload = data.Slice(position + 8, size);
            var chunk = data.Slice(position, Math.Min(8 + padded, data.Length - position)).ToArray();
            switch (type)
            {
                case "VP8X" when size >= 10:
                    chunk[8] &= 0b1111_0011; // no EXIF, no XMP any more
                    width = 1 + (payload[4] | payload[5] << 8 | payload[6] << 16);
                    height = 1 + (payload[7] | payload[8] << 8 | payload[9] << 16);
                    break;
                case "VP8 " when size >= 10 && width == 0:
                    if (!payload.Slice(3, 3).SequenceEqual((ReadOnlySpan<byte>)[0x9D, 0x01, 0x2A])) return null;
                    width = BinaryPrimitives.ReadUInt16LittleEndian(payload.Slice(6, 2)) & 0x3FFF;
                    height = BinaryPrimitives.ReadUInt16LittleEndian(payload.Slice(8, 2)) & 0x3FFF;
                    break;
                case "VP8L" when size >= 5 && width == 0:
                    if (payload[0] != 0x2F) return null;
                    var bits = BinaryPrimitives.ReadUInt32LittleEndian(payload.Slice(1, 4));
                    width = 1 + (int)(bits & 0x3FFF);
                    height = 1 + (int)((bits >> 14) & 0x3FFF);
                    break;
            }

            if (type is not ("EXIF" or "XMP ")) chunks.Write(chunk);
            position += 8 + padded;
        }

        var body = chunks.ToArray();
        var output = new byte[12 + body.Length];
        "RIFF"u8.CopyTo(output);
        BinaryPrimitives.WriteUInt32LittleEndian(output.AsSpan(4, 4), (uint)(4 + body.Length));
        "WEBP"u8.CopyTo(output.AsSpan(8));
        body.CopyTo(output.AsSpan(12));
        return new SanitizedImage("image/webp", output, width, height);
    }
}
