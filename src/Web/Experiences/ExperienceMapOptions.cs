using System.ComponentModel.DataAnnotations;

namespace Plateforme.Web.Experiences;

/// <summary>"Experiences:Map": the tile server the map draws on and the attribution its licence requires.</summary>
public sealed class ExperienceMapOptions
{
    public const string SectionName = "Experiences:Map";

    /// <summary>A Leaflet URL template; OpenStreetMap's own tiles by default.</summary>
    [Required]
    public string TileUrl { get; set; } = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    [Required]
    public string Attribution { get; set; } = "© les contributeurs d'OpenStreetMap";

    /// <summary>Where the attribution links to.</summary>
    [Required]
    public string AttributionUrl { get; set; } = "https://www.openstreetmap.org/copyright";
}
