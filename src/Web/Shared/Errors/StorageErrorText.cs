using System.Globalization;
using System.Resources;

namespace Plateforme.Web.Shared.Errors;

/// <summary>The French texts of the error page when the storage refuses writes (StorageErrorText.resx beside this file).</summary>
public static class StorageErrorText
{
    private static readonly ResourceManager Resources = new("Plateforme.Web.Shared.Errors.StorageErrorText", typeof(StorageErrorText).Assembly);

    public static string Title => Get(nameof(Title));

    public static string Text => Get(nameof(Text));

    private static string Get(string name) => Resources.GetString(name, CultureInfo.InvariantCulture) ?? name;
}
