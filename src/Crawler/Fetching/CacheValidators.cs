namespace Plateforme.Crawler.Fetching;

/// <summary>What a server gave to let us ask "has it changed?" next time.</summary>
public sealed record CacheValidators(string? ETag, DateTimeOffset? LastModified)
{
    public bool IsEmpty => ETag is null && LastModified is null;
}
