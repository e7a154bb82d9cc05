namespace Plateforme.Lending.Photos;

/// <summary>An image decoded and re-encoded by <see cref="ImageSanitizer"/>: only its pixels survive.</summary>
public sealed record SanitizedImage
{
    // Only the sanitizer makes one, so a caller handing one to PhotoService cannot skip the re-encoding.
    internal SanitizedImage(string contentType, byte[] bytes, int width, int height)
    {
        ContentType = contentType;
        Bytes = bytes;
        Width = width;
        Height = height;
    }

    public string ContentType { get; }
    public byte[] Bytes { get; }
    public int Width { get; }
    public int Height { get; }
}
