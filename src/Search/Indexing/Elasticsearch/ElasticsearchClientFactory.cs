using System.Security.Cryptography.X509Certificates;
using Elastic.Clients.Elasticsearch;
using Elastic.Transport;

namespace Plateforme.Search.Indexing.Elasticsearch;

/// <summary>Builds the official client from the settings: nodes, API key or basic authentication, a private CA.</summary>
public static class ElasticsearchClientFactory
{
    public static ElasticsearchClient Create(ElasticsearchIndexOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var nodes = options.Url.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(url => new Uri(url)).ToArray();
        if (nodes.Length == 0) throw new InvalidOperationException("Search:Index:Elasticsearch:Url names no node.");
        NodePool pool = nodes.Length == 1 ? new SingleNodePool(nodes[0]) : new StaticNodePool(nodes);
        var settings = new ElasticsearchClientSettings(pool)
            .RequestTimeout(options.RequestTimeout)

            // The index retries bulk requests itself, item by item (see BulkWriter); the transport only fails over between nodes.
            .MaximumRetries(nodes.Length - 1)
            .DisablePing(nodes.Length == 1);

        if (!string.IsNullOrWhiteSpace(options.ApiKey)) settings = settings.Authentication(new ApiKey(options.ApiKey));
        else if (!string.IsNullOrWhiteSpace(options.Username)) settings = settings.Authentication(new BasicAuthentication(options.Username, options.Password ?? ""));

        if (!string.IsNullOrWhiteSpace(options.CaCertificatePath))
        {
            var ca = X509CertificateLoader.LoadCertificateFromFile(options.CaCertificatePath);
            settings = settings.ServerCertificateValidationCallback(CertificateValidations.AuthorityIsRoot(ca));
        }
        else if (!string.IsNullOrWhiteSpace(options.CertificateFingerprint))
        {
            settings = settings.CertificateFingerprint(options.CertificateFingerprint);
        }

        return new ElasticsearchClient(settings);
    }
}
