using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Plateforme.Lending.Tests.Dashboards;

/// <summary>Small images built byte by byte, with and without the metadata cameras and editors add.</summary>
public static class ImageSamples
{
    public static byte[] Jpeg(int width, int height, bool withExif)
    {
        var output = new MemoryStream();
        output.Write([0xFF, 0xD8]);
        Segment(output, 0xE0, [.. "JFIF\0"u8, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
        if (withExif)
        {
            Segment(output, 0xE1, [.. "Exif\0\0"u8, .. "GPS 50.63N 3.06E"u8]);
            Segment(output, 0xFE, Encoding.Latin1.GetBytes("Appareil de Jeanne"));
        }

        Segment(output, 0xDB, new byte[65]);
        Segment(output, 0xC0, [8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 1, 1, 0x11, 0]);
        Segment(output, 0xDA, [1, 1, 0, 0, 63, 0]);
        output.Write("SCAN-DATA"u8);
        output.Write([0xFF, 0xD9]);
        return output.ToArray();
    }

    public static byte[] Png(int width, int height, bool withText)
    {
        var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), (uint)height);
        header[8] = 8;
        header[9] = 2;
        Chunk(output, "IHDR", header);
        if (withText) Chunk(output, "tEXt", Encoding.Latin1.GetBytes("Author\0Jeanne Dupont"));
        var raw = new MemoryStream();
        using (var zlib = new ZLibStream(raw, CompressionLevel.Optimal, leaveOpen: true))
        {
            for (var y = 0; y < height; y++)
            {
                zlib.WriteByte(0);
                zlib.Write(new byte[width * 3]);
            }
        }

        Chunk(output, "IDAT", raw.ToArray());
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    public static byte[] WebP(int width, int height, bool withMetadata)
    {
        var chunks = new MemoryStream();
        var vp8x = new byte[10];
        vp8x[0] = withMetadata ? (byte)0b0000_1100 : (byte)0;
        Write24(vp8x.AsSpan(4), width - 1);
        Write24(vp8x.AsSpan(7), height - 1);
        RiffChunk(chunks, "VP8X", vp8x);
        RiffChunk(chunks, "VP8 ", [0x30, 0x01, 0x00, 0x9D, 0x01, 0x2A, (byte)width, (byte)(width >> 8), (byte)height, (byte)(height >> 8), 0, 0]);
        if (withMetadata)
        {
            RiffChunk(chunks, "EXIF", "GPS 50.63N"u8.ToArray());
            RiffChunk(chunks, "XMP ", "<x:xmpmeta/>"u8.ToArray());
        }

        var body = chunks.ToArray();
        var output = new byte[12 + body.Length];
        "RIFF"u8.CopyTo(output);
        BinaryPrimitives.WriteUInt32LittleEndian(output.AsSpan(4), (uint)(4 + body.Length));
        "WEBP"u8.CopyTo(output.AsSpan(8));
        body.CopyTo(output.AsSpan(12));
        return output;
    }

    private static void Segment(Stream output, byte marker, byte[] body)
    {
        output.Write([0xFF, marker, (byte)((body.Length + 2) >> 8), (byte)(body.Length + 2)]);
        output.Write(body);
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)data.Length);
        output.Write(length);
        output.Write(Encoding.ASCII.GetBytes(type));
        output.Write(data);
        // The CRC is not checked by the sanitizer; a fixed value keeps the sample simple.
        output.Write([0, 0, 0, 0]);
    }

    private static void RiffChunk(Stream output, string type, byte[] data)
    {
        output.Write(Encoding.ASCII.GetBytes(type));
        var size = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(size, (uint)data.Length);
        output.Write(size);
        output.Write(data);
        if (data.Length % 2 == 1) output.WriteByte(0);
    }

    private static void Write24(Span<byte> target, int value)
    {
        target[0] = (byte)value;
        target[1] = (byte)(value >> 8);
        target[2] = (byte)(value >> 16);
    }
}
