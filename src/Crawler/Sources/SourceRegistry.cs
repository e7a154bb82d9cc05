using Plateforme.Crawler.Sources.Definitions;

namespace Plateforme.Crawler.Sources;

/// <summary>All known source definitions, by id; ids are unique across files.</summary>
public sealed class SourceRegistry
{
    private readonly Dictionary<string, SourceDefinition> _byId;

    public SourceRegistry(IEnumerable<SourceDefinition> definitions)
    {
        _byId = new Dictionary<string, SourceDefinition>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            if (!_byId.TryAdd(definition.Id, definition))
            {
                throw new SourceDefinitionException(definition.Id, [$"l'identifiant « {definition.Id} » est utilisé par deux définitions."]);
            }
        }

        All = _byId.Values.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        Enabled = All.Where(d => d.Enabled).ToList();
    }

    public IReadOnlyList<SourceDefinition> All { get; }

    /// <summary>The sources to schedule.</summary>
    public IReadOnlyList<SourceDefinition> Enabled { get; }

    public SourceDefinition? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// The embedded definitions, with the files of <paramref name="directory"/> (when given)
    /// added or replacing the embedded one of the same id.
    /// </summary>
    public static SourceRegistry Load(string? directory = null)
    {
        var definitions = SourceDefinitionLoader.LoadEmbedded().ToDictionary(d => d.Id, StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(directory))
        {
            foreach (var local in SourceDefinitionLoader.LoadDirectory(directory))
            {
                definitions[local.Id] = local;
            }
        }

        return new SourceRegistry(definitions.Values);
    }
}
