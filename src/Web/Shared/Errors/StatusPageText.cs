using System.Globalization;
using System.Resources;

namespace Plateforme.Web.Shared.Errors;

/// <summary>
/// The title and sentence of the status page for a refused page request (StatusPageText.resx beside this file):
/// « Page introuvable » is the wrong thing to say to a person whose form expired.
/// </summary>
public static class StatusPageText
{
    private static readonly ResourceManager Resources = new("Plateforme.Web.Shared.Errors.StatusPageText", typeof(StatusPageText).Assembly);

    /// <summary>The title for a status, or null when the generic « page introuvable » applies.</summary>
    public static string? Title(int status) => Resources.GetString($"Title.{status}", CultureInfo.InvariantCulture);

    public static string? Text(int status) => Resources.GetString($"Text.{status}", CultureInfo.InvariantCulture);
}
