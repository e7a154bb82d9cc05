using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Plateforme.Crawler.Fetching;
using Plateforme.Crawler.Sources.Authentication;
using Plateforme.Crawler.Sources.Definitions;

namespace Plateforme.Crawler.Sources.AidesTerritoires;

/// <summary>
/// The aides-territoires API wants a bearer token: the account's API token (secret "Crawler:Secrets:&lt;source id&gt;")
/// is sent as X-AUTH-TOKEN in a POST to /api/connexion/ on the API's host, which answers {"token": "…"}. The bearer is
/// kept for the process and exchanged again once when the API refuses it (tokens expire).
/// </summary>
public sealed class AidesTerritoiresAuthenticator : ISourceAuthenticator, IDisposable
{
    public const string ExchangePath = "/api/connexion/";

    private readonly SourceSecrets _secrets;
    private readonly SourceUrlRewriter _rewriter;
    private readonly HttpClient _http;
    private readonly SemaphoreSlim _exchange = new(1, 1);
    private readonly Dictionary<string, AuthenticationHeaderValue> _bearers = new(StringComparer.Ordinal);

    public AidesTerritoiresAuthenticator(SourceSecrets secrets, SourceUrlRewriter rewriter, IOptions<FetchOptions> fetchOptions)
    {
        ArgumentNullException.ThrowIfNull(fetchOptions);
        _secrets = secrets;
        _rewriter = rewriter;
        var options = fetchOptions.Value;
        _http = Fetching.Network.GuardedHttpClient.Create(options, new Fetching.Network.AddressPolicy(options.AllowLoopback), options.RequestTimeout);
        _http.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
    }

    public bool AppliesTo(SourceDefinition definition) => definition?.Kind == SourceKind.AidesTerritoires;

    public string MissingSecretMessage(SourceDefinition definition) =>
        $"l'API d'Aides-territoires refuse les requêtes sans jeton : renseignez le jeton d'API du compte dans « {SourceSecrets.SectionName}:{definition?.Id} » (secret de configuration, jamais dans la définition).";

    public async Task<AuthenticationHeaderValue?> AuthorizationAsync(SourceDefinition definition, AuthenticationHeaderValue? rejected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (_secrets.For(definition.Id) is not { } secret) return null;
        await _exchange.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_bearers.TryGetValue(definition.Id, out var bearer) && !Equals(bearer, rejected)) return bearer;
            bearer = new AuthenticationHeaderValue("Bearer", await ExchangeAsync(definition, secret, cancellationToken).ConfigureAwait(false));
            _bearers[definition.Id] = bearer;
            return bearer;
        }
        finally
        {
            _exchange.Release();
        }
    }

    public void Dispose()
    {
        _http.Dispose();
        _exchange.Dispose();
    }

    private async Task<string> ExchangeAsync(SourceDefinition definition, string secret, CancellationToken cancellationToken)
    {
        var api = definition.EntryUrls.FirstOrDefault()
            ?? throw new SourceAuthenticationException("la définition n'a pas d'adresse d'entrée : impossible de savoir où échanger le jeton.");
        var exchange = _rewriter.ToFetch(new Uri(new Uri(api.GetLeftPart(UriPartial.Authority)), ExchangePath));
        using var request = new HttpRequestMessage(HttpMethod.Post, exchange);
        request.Headers.TryAddWithoutValidation("X-AUTH-TOKEN", secret);
        request.Headers.Accept.ParseAdd("application/json");
        try
        {
            using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                throw new SourceAuthenticationException($"le jeton d'API d'Aides-territoires a été refusé ({(int)response.StatusCode}) : vérifiez « {SourceSecrets.SectionName}:{definition.Id} ».");
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new SourceAuthenticationException($"l'échange du jeton d'API d'Aides-territoires a échoué : le serveur a répondu {(int)response.StatusCode}.");
            }

            using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), cancellationToken: cancellationToken).ConfigureAwait(false);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("token", out var token) && token.ValueKind == JsonValueKind.String && token.GetString() is { Length: > 0 } value
                ? value
                : throw new SourceAuthenticationException("l'échange du jeton d'API d'Aides-territoires n'a pas rendu de jeton (« token » absent de la réponse).");
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new SourceAuthenticationException($"l'échange du jeton d'API d'Aides-territoires a échoué ({ex.Message}).", ex);
        }
    }
}
