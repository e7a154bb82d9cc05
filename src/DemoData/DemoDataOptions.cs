using System.ComponentModel.DataAnnotations;

namespace Plateforme.DemoData;

/// <summary>
/// "Search:DemoData": a generated catalogue for an empty database, so a development install has something to search.
/// The section keeps its name from when the generator lived in the search module.
/// </summary>
public sealed class DemoDataOptions
{
    public const string SectionName = "Search:DemoData";

    public bool Enabled { get; set; } = true;

    [Range(0, 100_000, ErrorMessage = "Search:DemoData:Count must be between {1} and {2}.")]
    public int Count { get; set; } = 600;
}
