namespace Plateforme.Crawler.Fetching.Network;

/// <summary>Network failures in words an administrator reads on the source health page.</summary>
internal static class NetworkErrors
{
    public static string Describe(Exception exception) => exception switch
    {
        HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError } => "nom de domaine introuvable",
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } => "connexion impossible",
        HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError } => "échec de la connexion sécurisée (TLS)",
        HttpRequestException { HttpRequestError: HttpRequestError.InvalidResponse } => "réponse HTTP invalide",
        HttpRequestException { HttpRequestError: HttpRequestError.ResponseEnded } => "réponse interrompue par le serveur",
        HttpRequestException { HttpRequestError: HttpRequestError.ProxyTunnelError } => "échec du proxy",
        IOException => "connexion coupée pendant la lecture de la page",
        _ => "erreur réseau",
    };
}
