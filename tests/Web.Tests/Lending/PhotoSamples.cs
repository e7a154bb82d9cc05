using StbImageWriteSharp;

namespace Plateforme.Web.Tests.Lending;

/// <summary>A real 640 × 480 JPEG with an EXIF segment carrying a GPS position, as a phone would upload it.</summary>
public static class PhotoSamples
{
    public const string GpsText = "GPS 50.63N 3.06E";

    public static byte[] JpegWithGps { get; } = Build();

    private static byte[] Build()
    {
        const int width = 640, height = 480;
        var pixels = new byte[width * height * 3];
        for (var i = 0; i < pixels.Length; i++) pixels[i] = (byte)(i / 3 % width * 255 / width);
        using var output = new MemoryStream();
        new ImageWriter().WriteJpg(pixels, width, height, ColorComponents.RedGreenBlue, output, 90);
        var jpeg = output.ToArray();
        byte[] exif = [.. "Exif\0\0MM\0*"u8, .. System.Text.Encoding.ASCII.GetBytes(GpsText)];
        return [.. jpeg.AsSpan(0, 2), 0xFF, 0xE1, 0, (byte)(exif.Length + 2), .. exif, .. jpeg.AsSpan(2)];
    }
}
