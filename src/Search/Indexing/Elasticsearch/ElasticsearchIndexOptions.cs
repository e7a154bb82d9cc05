using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace Plateforme.Search.Indexing.Elasticsearch;

/// <summary>
/// "Search:Index:Elasticsearch": where the cluster is and how to reach it. Read only when
/// "Search:Index:Backend" is "Elasticsearch".
/// </summary>
public sealed partial class ElasticsearchIndexOptions
{
    /// <summary>One or more node addresses, comma-separated ("https://es1:9200,https://es2:9200").</summary>
    public string Url { get; set; } = "http://localhost:9200";

    /// <summary>
    /// The alias searches read. Each build is a concrete index "{Alias}-{timestamp}" behind it; the index
    /// template applies to "{Alias}-*".
    /// </summary>
    public string Alias { get; set; } = "plateforme-calls";

    /// <summary>An API key (the base64 "id:api_key" Elasticsearch returns as "encoded"); takes precedence over a user name.</summary>
    public string? ApiKey { get; set; }

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>A PEM or DER file of the certificate authority that signed the cluster's certificate (self-managed TLS).</summary>
    public string? CaCertificatePath { get; set; }

    /// <summary>Alternatively, the SHA-256 fingerprint of the CA certificate, as Elasticsearch prints it at first start.</summary>
    public string? CertificateFingerprint { get; set; }

    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts of a bulk request (and of its failed items) before the batch is given up and left in the outbox.</summary>
    public int MaxBulkAttempts { get; set; } = 6;

    /// <summary>First pause after a refused bulk (429, 503, node gone); doubled at each attempt.</summary>
    public TimeSpan BulkBackOff { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Shards and replicas of each concrete index (one shard keeps scores and facet counts exact).</summary>
    public int Shards { get; set; } = 1;

    public int Replicas { get; set; } = 1;

    /// <summary>At most this many values per facet, like the Lucene backend.</summary>
    public int MaxFacetValues { get; set; } = 200;

    /// <summary>What would only fail at the first search: checked at start, each problem named by its setting.</summary>
    public IEnumerable<ValidationResult> Validate()
    {
        var urls = Url.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (urls.Length == 0 || !urls.All(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            yield return new ValidationResult("Elasticsearch:Url must list absolute http(s) addresses of nodes, comma-separated.", [nameof(Url)]);
        }

        if (!AliasPattern().IsMatch(Alias))
        {
            yield return new ValidationResult("Elasticsearch:Alias must be lower-case letters, digits and dashes (an Elasticsearch index name).", [nameof(Alias)]);
        }

        if (!string.IsNullOrWhiteSpace(Username) && string.IsNullOrEmpty(Password))
        {
            yield return new ValidationResult("Elasticsearch:Password is required with Elasticsearch:Username.", [nameof(Password)]);
        }

        if (!string.IsNullOrWhiteSpace(CaCertificatePath) && !File.Exists(CaCertificatePath))
        {
            yield return new ValidationResult($"Elasticsearch:CaCertificatePath names no file ({CaCertificatePath}).", [nameof(CaCertificatePath)]);
        }

        if (MaxBulkAttempts < 1 || Shards < 1 || Replicas < 0 || MaxFacetValues < 1 || RequestTimeout <= TimeSpan.Zero)
        {
            yield return new ValidationResult("Elasticsearch:MaxBulkAttempts, Shards, MaxFacetValues and RequestTimeout must be positive, Replicas zero or more.", [nameof(MaxBulkAttempts)]);
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,200}$", RegexOptions.CultureInvariant)]
    private static partial Regex AliasPattern();
}
