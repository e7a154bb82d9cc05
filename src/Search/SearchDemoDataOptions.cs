using System.ComponentModel.DataAnnotations;

namespace Plateforme.Search;

/// <summary>"Search:DemoData": a generated catalogue for an empty database, so a fresh install has something to search.</summary>
public sealed class SearchDemoDataOptions
{
    public bool Enabled { get; set; } = true;

    [Range(0, 100_000)]
    public int Count { get; set; } = 600;
}
