using System.Text.Json.Nodes;

namespace Plateforme.Crawler.Bench.Parse;

/// <summary>Writes the "parse" section of bench/results/crawler.json, keeping the other keys (politeness).</summary>
internal static class ParseResults
{
    public static void Write(string path, JsonObject parse)
    {
        var fullPath = Path.GetFullPath(path);
        JsonObject root = File.Exists(fullPath) && JsonNode.Parse(File.ReadAllText(fullPath)) is JsonObject existing ? existing : [];
        root["parse"] = parse;
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        File.WriteAllText(fullPath, root.ToJsonString(ResultsWriter.Indented) + Environment.NewLine);
    }
}
