using Microsoft.Extensions.Configuration;

namespace Plateforme.Crawler.Sources.Authentication;

/// <summary>
/// API secrets by source id, from the "Crawler:Secrets" configuration section (user secrets, environment variables
/// such as Crawler__Secrets__aides-territoires): never in a definition file, which is versioned and shown to admins.
/// </summary>
public sealed class SourceSecrets
{
    public const string SectionName = "Crawler:Secrets";

    private readonly Dictionary<string, string> _bySource;

    public SourceSecrets(IReadOnlyDictionary<string, string> bySource)
    {
        ArgumentNullException.ThrowIfNull(bySource);
        _bySource = new Dictionary<string, string>(bySource.Where(p => !string.IsNullOrWhiteSpace(p.Value)), StringComparer.Ordinal);
    }

    public static SourceSecrets None { get; } = new(new Dictionary<string, string>());

    public static SourceSecrets From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new SourceSecrets(configuration.GetSection(SectionName).GetChildren()
            .Where(c => c.Value is not null).ToDictionary(c => c.Key, c => c.Value!, StringComparer.Ordinal));
    }

    public string? For(string sourceId) => _bySource.GetValueOrDefault(sourceId);
}
