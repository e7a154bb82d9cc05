namespace Plateforme.Crawler.Fetching;

/// <summary>Keeps ETag and Last-Modified per URL between crawls, for conditional GETs.</summary>
public interface IValidatorStore
{
    ValueTask<CacheValidators?> GetAsync(Uri url, CancellationToken cancellationToken);

    ValueTask SaveAsync(Uri url, CacheValidators validators, CancellationToken cancellationToken);
}
