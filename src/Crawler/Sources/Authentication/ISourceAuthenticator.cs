using System.Net.Http.Headers;
using Plateforme.Crawler.Sources.Definitions;

namespace Plateforme.Crawler.Sources.Authentication;

/// <summary>Credentials for sources whose API asks for them; <see cref="SourcePageLoader"/> sends them and refreshes them once on a 401.</summary>
public interface ISourceAuthenticator
{
    bool AppliesTo(SourceDefinition definition);

    /// <summary>
    /// The Authorization header to send, or null when no secret is configured (the source is then read anonymously).
    /// <paramref name="rejected"/> is a header the server just refused: a new one is obtained unless another request already did.
    /// Throws <see cref="SourceAuthenticationException"/> with a French reason when credentials cannot be obtained.
    /// </summary>
    Task<AuthenticationHeaderValue?> AuthorizationAsync(SourceDefinition definition, AuthenticationHeaderValue? rejected, CancellationToken cancellationToken);

    /// <summary>What to tell an admin when the source refuses anonymous requests.</summary>
    string MissingSecretMessage(SourceDefinition definition);
}
