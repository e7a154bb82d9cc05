using System.Buffers.Binary;
using System.Text;
using StbImageWriteSharp;

namespace Plateforme.Lending.Tests.Dashboards;

/// <summary>Real, decodable images written by StbImageWriteSharp, then given the metadata cameras and editors add.</summary>
public static class ImageSamples
{
    public const string GpsText = "GPS 50.63N 3.06E";

    /// <summary>A gradient, so a decoder that returned a blank image would be caught.</summary>
    public static byte[] Pixels(int width, int height, int components)
    {
        var pixels = new byte[width * height * components];
        for (var i = 0; i < pixels.Length; i++)
        {
            var pixel = i / components;
            pixels[i] = (byte)((pixel % width * 7 + pixel / width * 3 + i % components * 50) % 256);
        }

        return pixels;
    }

    public static byte[] Jpeg(int width, int height, bool withExif)
    {
        using var output = new MemoryStream();
        new ImageWriter().WriteJpg(Pixels(width, height, 3), width, height, ColorComponents.RedGreenBlue, output, 90);
        var jpeg = output.ToArray();
        if (!withExif) return jpeg;
        // Right after the start-of-image marker, as cameras write them.
        byte[] exif = Segment(0xE1, [.. "Exif\0\0MM\0*"u8, .. Encoding.ASCII.GetBytes(GpsText)]);
        byte[] comment = Segment(0xFE, Encoding.Latin1.GetBytes("Appareil de Jeanne"));
        return [.. jpeg.AsSpan(0, 2), .. exif, .. comment, .. jpeg.AsSpan(2)];
    }

    public static byte[] Png(int width, int height, bool withText, bool withAlpha = false)
    {
        using var output = new MemoryStream();
        var components = withAlpha ? 4 : 3;
        new ImageWriter().WritePng(Pixels(width, height, components), width, height,
            withAlpha ? ColorComponents.RedGreenBlueAlpha : ColorComponents.RedGreenBlue, output);
        var png = output.ToArray();
        if (!withText) return png;
        // After IHDR (8-byte signature + 25-byte chunk).
        return [.. png.AsSpan(0, 33), .. Chunk("tEXt", Encoding.Latin1.GetBytes("Author\0Jeanne Dupont " + GpsText)), .. png.AsSpan(33)];
    }

    /// <summary>A PNG header claiming the given size, followed by a tiny (wrong) image body.</summary>
    public static byte[] PngClaiming(int width, int height)
    {
        var png = Png(2, 2, withText: false);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(16), (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(20), (uint)height);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), Crc32(png.AsSpan(12, 17)));
        return png;
    }

    /// <summary>A JPEG whose frame header claims the given size (the scan data is that of a small image).</summary>
    public static byte[] JpegClaiming(int width, int height)
    {
        var jpeg = Jpeg(8, 8, withExif: false);
        var frame = jpeg.AsSpan().IndexOf((ReadOnlySpan<byte>)[0xFF, 0xC0]);
        BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(frame + 5), (ushort)height);
        BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(frame + 7), (ushort)width);
        return jpeg;
    }

    public static byte[] WebP()
    {
        byte[] vp8 = [0x30, 0x01, 0x00, 0x9D, 0x01, 0x2A, 8, 0, 8, 0, 0, 0];
        return [.. "RIFF"u8, 4 + 8 + 12, 0, 0, 0, .. "WEBP"u8, .. "VP8 "u8, 12, 0, 0, 0, .. vp8];
    }

    private static byte[] Segment(byte marker, byte[] body) =>
        [0xFF, marker, (byte)((body.Length + 2) >> 8), (byte)(body.Length + 2), .. body];

    private static byte[] Chunk(string type, byte[] data)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(chunk.AsSpan(4, 4 + data.Length)));
        return chunk;
    }

    // PNG's CRC-32 (polynomial 0xEDB88320) over the chunk type and data.
    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }

        return ~crc;
    }
}
