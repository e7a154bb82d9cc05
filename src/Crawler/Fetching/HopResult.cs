using System.Net.Http.Headers;

namespace Plateforme.Crawler.Fetching;

/// <summary>What one URL gave after politeness and retries, before redirects are followed.</summary>
internal sealed record HopResult(HopKind Kind)
{
    public int? StatusCode { get; init; }
    public Uri? Location { get; init; }
    public byte[] Body { get; init; } = [];
    public MediaTypeHeaderValue? ContentType { get; init; }
    public CacheValidators? Validators { get; init; }
    public DateTimeOffset? PageDate { get; init; }
    public string? Error { get; init; }
}
