using System.Buffers.Binary;

namespace Plateforme.Lending.Photos;

/// <summary>
/// Walks a JPEG's markers or a PNG's chunks to their end, without decoding: the file must stop exactly there, so
/// nothing rides after the image (an appended archive, a script, a second file).
/// </summary>
internal static class ImageStructure
{
    public static bool IsJpeg(ReadOnlySpan<byte> data) => data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]);

    public static bool IsPng(ReadOnlySpan<byte> data) => data.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

    public static bool IsWebP(ReadOnlySpan<byte> data) =>
        data.Length >= 12 && data[..4].SequenceEqual("RIFF"u8) && data[8..12].SequenceEqual("WEBP"u8);

    /// <summary>Where the image ends (just after its end-of-image marker), or -1 when the markers never reach it.</summary>
    public static int JpegLength(ReadOnlySpan<byte> data)
    {
        var position = 2;
        while (position + 2 <= data.Length)
        {
            if (data[position] != 0xFF) return -1;
            var marker = data[position + 1];
            if (marker == 0xFF) { position++; continue; }
            if (marker == 0xD9) return position + 2;
            if (marker is >= 0xD0 and <= 0xD7 or 0x01) { position += 2; continue; }
            if (position + 4 > data.Length) return -1;
            var length = BinaryPrimitives.ReadUInt16BigEndian(data.Slice(position + 2, 2));
            if (length < 2 || position + 2 + length > data.Length) return -1;
            position += 2 + length;
            if (marker == 0xDA) position = SkipEntropyCodedData(data, position);
        }

        return -1;
    }

    // Compressed data runs until a 0xFF that is neither stuffing (FF 00) nor a restart marker (FF D0–D7).
    private static int SkipEntropyCodedData(ReadOnlySpan<byte> data, int position)
    {
        while (position + 1 < data.Length)
        {
            if (data[position] == 0xFF && data[position + 1] is not (0x00 or 0xFF) and not (>= 0xD0 and <= 0xD7)) return position;
            position++;
        }

        return data.Length;
    }

    /// <summary>Where the image ends (just after IEND) when its chunks are whole and start with IHDR; otherwise -1.</summary>
    public static int PngLength(ReadOnlySpan<byte> data)
    {
        var position = 8;
        var first = true;
        while (position + 12 <= data.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(data.Slice(position, 4));
            if (length > int.MaxValue || position + 12L + length > data.Length) return -1;
            var type = data.Slice(position + 4, 4);
            if (first && !type.SequenceEqual("IHDR"u8)) return -1;
            first = false;
            position += 12 + (int)length;
            if (type.SequenceEqual("IEND"u8)) return position;
        }

        return -1;
    }

    /// <summary>The EXIF orientation (1 to 8) a camera recorded instead of turning the pixels; 1 when there is none.</summary>
    public static int JpegOrientation(ReadOnlySpan<byte> data)
    {
        var position = 2;
        while (position + 4 <= data.Length && data[position] == 0xFF)
        {
            var marker = data[position + 1];
            if (marker is 0xDA or 0xD9) break;
            var length = BinaryPrimitives.ReadUInt16BigEndian(data.Slice(position + 2, 2));
            if (length < 2 || position + 2 + length > data.Length) break;
            var body = data.Slice(position + 4, length - 2);
            if (marker == 0xE1 && body.StartsWith("Exif\0\0"u8)) return TiffOrientation(body[6..]);
            position += 2 + length;
        }

        return 1;
    }

    private static int TiffOrientation(ReadOnlySpan<byte> tiff)
    {
        if (tiff.Length < 8) return 1;
        var little = tiff.StartsWith("II"u8);
        if (!little && !tiff.StartsWith("MM"u8)) return 1;
        var directory = little ? BinaryPrimitives.ReadUInt32LittleEndian(tiff.Slice(4, 4)) : BinaryPrimitives.ReadUInt32BigEndian(tiff.Slice(4, 4));
        if (directory > (uint)(tiff.Length - 2)) return 1;
        var entries = U16(tiff, (int)directory, little);
        for (var i = 0; i < entries; i++)
        {
            var entry = (int)directory + 2 + i * 12;
            if (entry + 12 > tiff.Length) return 1;
            if (U16(tiff, entry, little) == 0x0112) return U16(tiff, entry + 8, little) is var value and >= 1 and <= 8 ? value : 1;
        }

        return 1;
    }

    private static ushort U16(ReadOnlySpan<byte> tiff, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(tiff.Slice(at, 2)) : BinaryPrimitives.ReadUInt16BigEndian(tiff.Slice(at, 2));
}
