using System.Collections.Concurrent;

namespace Plateforme.Crawler.Fetching.Politeness;

/// <summary>The gates by authority (scheme, host and port): different hosts never wait for each other.</summary>
internal sealed class HostGates(TimeProvider time) : IDisposable
{
    private readonly ConcurrentDictionary<string, HostGate> _gates = new(StringComparer.OrdinalIgnoreCase);

    public HostGate For(Uri url) => _gates.GetOrAdd(AuthorityKey(url), _ => new HostGate(time));

    public void Dispose()
    {
        foreach (var gate in _gates.Values)
        {
            gate.Dispose();
        }
    }

    public static string AuthorityKey(Uri url) => $"{url.Scheme}://{url.IdnHost}:{url.Port}";
}
