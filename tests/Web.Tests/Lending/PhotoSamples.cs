namespace Plateforme.Web.Tests.Lending;

/// <summary>A tiny JPEG with an EXIF segment carrying a GPS position, as a phone would write it.</summary>
public static class PhotoSamples
{
    private static readonly byte[] Exif = [0xFF, 0xE1, 0x00, 0x18, .. "Exif\0\0GPS 50.63N 3.06E"u8];

    public static int GpsSegmentLength => Exif.Length;

    public static byte[] JpegWithGps { get; } =
    [
        0xFF, 0xD8,
        0xFF, 0xE0, 0x00, 0x10, .. "JFIF\0"u8, 1, 1, 0, 0, 1, 0, 1, 0, 0,
        .. Exif,
        0xFF, 0xC0, 0x00, 0x0B, 8, 0x01, 0xE0, 0x02, 0x80, 1, 1, 0x11, 0,
        0xFF, 0xDA, 0x00, 0x08, 1, 1, 0, 0, 63, 0,
        .. "SCAN"u8,
        0xFF, 0xD9,
    ];
}
