using System.Collections.Concurrent;

namespace Plateforme.Crawler.Fetching;

/// <summary>Validators for the life of the process; the database store replaces it when it lands.</summary>
public sealed class InMemoryValidatorStore : IValidatorStore
{
    private readonly ConcurrentDictionary<string, CacheValidators> _byUrl = new(StringComparer.Ordinal);

    public ValueTask<CacheValidators?> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        return ValueTask.FromResult(_byUrl.TryGetValue(url.AbsoluteUri, out var found) ? found : null);
    }

    public ValueTask SaveAsync(Uri url, CacheValidators validators, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(validators);
        _byUrl[url.AbsoluteUri] = validators;
        return ValueTask.CompletedTask;
    }
}
