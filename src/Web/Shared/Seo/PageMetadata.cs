namespace Plateforme.Web.Shared.Seo;

/// <summary>What the head of one page tells search engines and link previews.</summary>
public sealed record PageMetadata(Uri Canonical, string Title, string? Description, string OpenGraphType, bool EmitCanonical, bool EmitDescription, bool EmitSocial = true);
