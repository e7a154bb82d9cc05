using System.ComponentModel.DataAnnotations;

namespace Plateforme.Web.Shared.Hosting;

/// <summary>HTTPS for the site (section <c>Web:Https</c>): redirection, HSTS and Secure cookies.</summary>
public sealed class WebHttpsOptions
{
    public const string SectionName = "Web:Https";

    /// <summary>On by default outside Development; off when nothing answers https (the tests on loopback).</summary>
    public bool? Enabled { get; set; }

    /// <summary>The public https port plain http is redirected to.</summary>
    [Range(1, 65_535)]
    public int Port { get; set; } = 443;

    [Range(1, 3_650)]
    public int HstsMaxAgeDays { get; set; } = 365;
}
