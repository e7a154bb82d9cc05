using StbImageSharp;
using StbImageWriteSharp;
using ReadComponents = StbImageSharp.ColorComponents;
using WriteComponents = StbImageWriteSharp.ColorComponents;

namespace Plateforme.Lending.Photos;

/// <summary>
/// Recognises JPEG and PNG by their bytes (never by the name or the declared type), checks their dimensions in the
/// header before anything is decoded, decodes the pixels and encodes them again: a JPEG becomes a new JPEG
/// (quality <see cref="JpegQuality"/>), a PNG a new PNG (lossless, transparency kept). Nothing of the upload but its
/// pixels survives: EXIF (camera, GPS position, date), XMP, IPTC, comments, text chunks, data after the end of the
/// image and whatever a polyglot file hides in them.
/// </summary>
/// <remarks>
/// WebP is refused: StbImageSharp, the pure C# decoder our registry serves, does not read it. Colour profiles are
/// dropped with the rest (colours are read as sRGB); a JPEG's EXIF orientation is applied to the pixels before the
/// tag goes. Decoding holds width × height × 4 bytes, hence <see cref="MaxPixels"/>.
/// </remarks>
public static class ImageSanitizer
{
    public const int MaxSide = 10_000;
    public const long MaxPixels = 40_000_000;
    public const int JpegQuality = 85;

    /// <summary>Null when the bytes are not a readable JPEG or PNG of a sensible size.</summary>
    public static SanitizedImage? Sanitize(ReadOnlySpan<byte> data) => Sanitize(data, out _);

    /// <summary>The re-encoded image, or null and why not.</summary>
    public static SanitizedImage? Sanitize(ReadOnlySpan<byte> data, out PhotoRefusal refusal)
    {
        refusal = PhotoRefusal.Unreadable;
        var jpeg = ImageStructure.IsJpeg(data);
        if (!jpeg && !ImageStructure.IsPng(data))
        {
            if (ImageStructure.IsWebP(data)) refusal = PhotoRefusal.UnsupportedFormat;
            return null;
        }

        // A truncated image is refused; what follows a whole one (the video of a phone's "motion photo", a
        // maker's extra data, or a payload hidden there) is simply left behind with everything but the pixels.
        var length = jpeg ? ImageStructure.JpegLength(data) : ImageStructure.PngLength(data);
        if (length < 0) return null;
        var bytes = data[..length].ToArray();
        var info = ReadHeader(bytes);
        if (info is not { Width: > 0, Height: > 0 } header) return null;
        if (header.Width > MaxSide || header.Height > MaxSide || (long)header.Width * header.Height > MaxPixels)
        {
            refusal = PhotoRefusal.TooManyPixels;
            return null;
        }

        var image = jpeg ? ReencodeJpeg(bytes, header) : ReencodePng(bytes, header);
        if (image is not null) refusal = PhotoRefusal.None;
        return image;
    }

    private static ImageInfo? ReadHeader(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            return ImageInfo.FromStream(stream);
        }
        catch (Exception corrupt) when (IsDecoderFailure(corrupt))
        {
            return null;
        }
    }

    private static SanitizedImage? ReencodeJpeg(byte[] bytes, ImageInfo header)
    {
        var grey = header.ColorComponents is ReadComponents.Grey or ReadComponents.GreyAlpha;
        var pixels = Decode(bytes, grey ? ReadComponents.Grey : ReadComponents.RedGreenBlue);
        if (pixels is null) return null;
        // The orientation tag goes with the EXIF segment: turn the pixels instead, or portraits would lie on their side.
        var (data, width, height) = ImageOrientation.Apply(pixels.Data, pixels.Width, pixels.Height, grey ? 1 : 3, ImageStructure.JpegOrientation(bytes));
        using var output = new MemoryStream();
        new ImageWriter().WriteJpg(data, width, height, grey ? WriteComponents.Grey : WriteComponents.RedGreenBlue, output, JpegQuality);
        return new SanitizedImage("image/jpeg", output.ToArray(), width, height);
    }

    private static SanitizedImage? ReencodePng(byte[] bytes, ImageInfo header)
    {
        var (read, write) = header.ColorComponents switch
        {
            ReadComponents.Grey => (ReadComponents.Grey, WriteComponents.Grey),
            ReadComponents.GreyAlpha => (ReadComponents.GreyAlpha, WriteComponents.GreyAlpha),
            ReadComponents.RedGreenBlue => (ReadComponents.RedGreenBlue, WriteComponents.RedGreenBlue),
            _ => (ReadComponents.RedGreenBlueAlpha, WriteComponents.RedGreenBlueAlpha),
        };
        var pixels = Decode(bytes, read);
        if (pixels is null) return null;
        using var output = new MemoryStream();
        new ImageWriter().WritePng(pixels.Data, pixels.Width, pixels.Height, write, output);
        return new SanitizedImage("image/png", output.ToArray(), pixels.Width, pixels.Height);
    }

    private static ImageResult? Decode(byte[] bytes, ReadComponents components)
    {
        try
        {
            var result = ImageResult.FromMemory(bytes, components);
            return result is { Width: > 0, Height: > 0 } && result.Data is not null ? result : null;
        }
        catch (Exception corrupt) when (IsDecoderFailure(corrupt))
        {
            return null;
        }
    }

    // The decoder reports corrupt data with plain exceptions (and a forged length can push it out of its buffers);
    // those mean "unreadable", anything else is a bug of ours and must surface.
    private static bool IsDecoderFailure(Exception exception) =>
        exception is not (OutOfMemoryException or StackOverflowException or OperationCanceledException);
}
