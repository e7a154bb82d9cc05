namespace Plateforme.Search.Indexing.Elasticsearch;

/// <summary>
/// "Search:Index:Elasticsearch": where the cluster is and how to reach it. Read only when
/// "Search:Index:Backend" is "Elasticsearch".
/// </summary>
public sealed class ElasticsearchIndexOptions
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
}
