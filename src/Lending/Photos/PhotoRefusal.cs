namespace Plateforme.Lending.Photos;

/// <summary>Why <see cref="ImageSanitizer"/> refused a file.</summary>
public enum PhotoRefusal
{
    None,

    /// <summary>Not a JPEG or PNG, or one whose structure or pixels cannot be read (a truncated file, say).</summary>
    Unreadable,

    /// <summary>A WebP: recognised, but no codec of ours decodes it, so it cannot be re-encoded.</summary>
    UnsupportedFormat,

    /// <summary>Dimensions beyond <see cref="ImageSanitizer.MaxSide"/> or <see cref="ImageSanitizer.MaxPixels"/>.</summary>
    TooManyPixels,
}
