using System.ComponentModel.DataAnnotations;

namespace Plateforme.Web.Lending.Dashboards;

/// <summary>How many photo uploads one person may send in a window (section <c>Lending:PhotoUploads</c>).</summary>
public sealed class PhotoUploadOptions
{
    public const string SectionName = "Lending:PhotoUploads";

    [Range(1, 10_000)]
    public int PermitLimit { get; set; } = 20;

    [Range(1, 86_400)]
    public int WindowSeconds { get; set; } = 600;
}
