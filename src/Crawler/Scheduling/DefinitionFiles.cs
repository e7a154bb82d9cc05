using Plateforme.Crawler.Sources.Definitions;

namespace Plateforme.Crawler.Scheduling;

/// <summary>The command line's reading of a definition file, every problem explained in French.</summary>
internal static class DefinitionFiles
{
    /// <summary>The <c>validate</c> verb: 0 when the file is usable, 1 with its problems listed, 2 when there is no file.</summary>
    public static async Task<int> ValidateAsync(string path, TextWriter output)
    {
        if (!File.Exists(path))
        {
            await output.WriteLineAsync($"Fichier introuvable : « {path} ».").ConfigureAwait(false);
            return 2;
        }

        try
        {
            var definition = SourceDefinitionLoader.Parse(await File.ReadAllTextAsync(path).ConfigureAwait(false), Path.GetFileName(path));
            await output.WriteLineAsync($"« {path} » est valide : source « {definition.Id} » ({definition.Kind}), {definition.EntryUrls.Count} adresse(s) d'entrée, "
                + $"planifiée « {definition.Schedule} »{(definition.Enabled ? "" : ", désactivée")}.").ConfigureAwait(false);
            return 0;
        }
        catch (SourceDefinitionException invalid)
        {
            await WriteProblemsAsync(path, invalid, output).ConfigureAwait(false);
            return 1;
        }
    }

    /// <summary>The definition of a file for <c>run</c>, or null after explaining why it cannot be used.</summary>
    public static async Task<SourceDefinition?> LoadAsync(string path, TextWriter errors)
    {
        if (!File.Exists(path))
        {
            await errors.WriteLineAsync($"Fichier introuvable : « {path} ».").ConfigureAwait(false);
            return null;
        }

        try
        {
            return SourceDefinitionLoader.Parse(await File.ReadAllTextAsync(path).ConfigureAwait(false), Path.GetFileName(path));
        }
        catch (SourceDefinitionException invalid)
        {
            await WriteProblemsAsync(path, invalid, errors).ConfigureAwait(false);
            return null;
        }
    }

    private static async Task WriteProblemsAsync(string path, SourceDefinitionException invalid, TextWriter output)
    {
        await output.WriteLineAsync($"« {path} » n'est pas une définition utilisable ({invalid.Problems.Count} problème(s)) :").ConfigureAwait(false);
        foreach (var problem in invalid.Problems) await output.WriteLineAsync("  - " + problem).ConfigureAwait(false);
    }
}
