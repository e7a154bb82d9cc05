namespace Plateforme.Lending.Photos;

/// <summary>Turns and mirrors decoded pixels the way an EXIF orientation (1 to 8) asks a viewer to.</summary>
internal static class ImageOrientation
{
    public static (byte[] Data, int Width, int Height) Apply(byte[] data, int width, int height, int components, int orientation)
    {
        if (orientation is < 2 or > 8) return (data, width, height);
        var swapped = orientation >= 5;
        var (outWidth, outHeight) = swapped ? (height, width) : (width, height);
        var result = new byte[data.Length];
        for (var y = 0; y < outHeight; y++)
        {
            for (var x = 0; x < outWidth; x++)
            {
                // The source pixel shown at (x, y) once the image is displayed upright.
                var (sx, sy) = orientation switch
                {
                    2 => (width - 1 - x, y),
                    3 => (width - 1 - x, height - 1 - y),
                    4 => (x, height - 1 - y),
                    5 => (y, x),
                    6 => (y, height - 1 - x),
                    7 => (width - 1 - y, height - 1 - x),
                    _ => (width - 1 - y, x),
                };
                Array.Copy(data, (sy * width + sx) * components, result, (y * outWidth + x) * components, components);
            }
        }

        return (result, outWidth, outHeight);
    }
}
