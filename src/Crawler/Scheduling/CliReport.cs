using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Plateforme.Crawler.Extraction;

namespace Plateforme.Crawler.Scheduling;

/// <summary>What <c>run --json</c> prints for one source: the run's figures and the calls extracted, normalised.</summary>
public sealed record CliReport
{
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        // French text stays readable on a terminal; this output is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public required string Source { get; init; }
    public bool DryRun { get; init; }

    /// <summary>Null for a dry run, which records no run.</summary>
    public string? Outcome { get; init; }
    public int PagesFetched { get; init; }
    public int PagesNotModified { get; init; }
    public int ItemsFound { get; init; }
    public IReadOnlyList<string> Errors { get; init; } = [];
    public IReadOnlyList<NormalizedCall> Calls { get; init; } = [];
}
