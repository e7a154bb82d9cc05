namespace Plateforme.Crawler.Sources.Definitions;

/// <summary>A definition file that cannot be used; <see cref="Problems"/> lists every fault in French, for the person fixing the file.</summary>
public sealed class SourceDefinitionException : Exception
{
    public SourceDefinitionException(string origin, IReadOnlyList<string> problems)
        : base($"La définition de source « {origin} » est invalide :{Environment.NewLine}- {string.Join(Environment.NewLine + "- ", problems)}")
    {
        Origin = origin;
        Problems = problems;
    }

    /// <summary>The file or resource name the definition came from.</summary>
    public string Origin { get; }

    public IReadOnlyList<string> Problems { get; }
}
