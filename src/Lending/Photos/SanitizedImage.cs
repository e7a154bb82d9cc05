namespace Plateforme.Lending.Photos;

/// <summary>An image recognised by its bytes, with its metadata removed.</summary>
public sealed record SanitizedImage(string ContentType, byte[] Bytes, int Width, int Height);
