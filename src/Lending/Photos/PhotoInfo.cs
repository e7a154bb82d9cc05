namespace Plateforme.Lending.Photos;

/// <summary>A campaign photo without its bytes, for pages that link to it.</summary>
public sealed record PhotoInfo(Guid Id, int Width, int Height, string? AltText);
