using System.Text.Encodings.Web;
using System.Text.Json;
using Plateforme.Search.Bench.Reporting.Json;

namespace Plateforme.Search.Bench.Reporting;

public static class ResultsWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = null,
        // Query descriptions keep their French accents readable in the file.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task WriteAsync(BenchReport report, string path, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null) Directory.CreateDirectory(folder);
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, report, Options, cancellationToken);
        await file.WriteAsync("\n"u8.ToArray(), cancellationToken);
    }
}
