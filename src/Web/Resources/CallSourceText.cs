using System.Globalization;
using System.Resources;
using Plateforme.Web.Shared.Display;

namespace Plateforme.Web.Resources;

/// <summary>
/// The French texts of what structured sources say of a call (programmes, pre-deposit, paid or European aid,
/// the source's last update and its attribution) and of the programme filter (Resources/CallSourceText.resx).
/// </summary>
public static class CallSourceText
{
    private static readonly ResourceManager Resources = new("Plateforme.Web.Resources.CallSourceText", typeof(CallSourceText).Assembly);

    public static string FacetProgramme => Get(nameof(FacetProgramme));

    public static string DetailProgrammes => Get(nameof(DetailProgrammes));

    public static string DetailPreDeposit => Get(nameof(DetailPreDeposit));

    public static string DetailCost => Get(nameof(DetailCost));

    public static string Charged => Get(nameof(Charged));

    public static string Free => Get(nameof(Free));

    public static string DetailEuropean => Get(nameof(DetailEuropean));

    public static string DetailScale => Get(nameof(DetailScale));

    public static string SourceUpdated => Get(nameof(SourceUpdated));

    public static string Attribution => Get(nameof(Attribution));

    public static string AttributionLicence => Get(nameof(AttributionLicence));

    public static string AttributionLink => Get(nameof(AttributionLink));

    public static string ReferenceProgrammesSummary => Get(nameof(ReferenceProgrammesSummary));

    /// <summary>« Aide européenne structurelle (…) » for a <see cref="Search.Catalogue.EuropeanAidKinds"/> value.</summary>
    public static string EuropeanKind(string kind) => Find("European_" + kind) ?? Get("European_europeenne");

    /// <summary>The French name of a perimeter scale as aides-territoires writes it (« epci », « Ad-hoc »), or the text itself.</summary>
    public static string Scale(string scale) => Find("Scale_" + Key(scale)) ?? scale;

    /// <summary>The name of a licence code (« openlicence20 »), or null when the code is not one we can name.</summary>
    public static string? Licence(string code) => Find("Licence_" + Key(code));

    public static string Format(string format, params object?[] values) => string.Format(FrenchFormat.Culture, format, values);

    private static string Key(string text) => new([.. text.Trim().ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD).Where(char.IsAsciiLetterOrDigit)]);

    private static string? Find(string name) => Resources.GetString(name, FrenchFormat.Culture);

    private static string Get(string name) => Find(name) ?? throw new MissingManifestResourceException($"Missing French text '{name}'.");
}
