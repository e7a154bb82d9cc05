using System.Globalization;

namespace Plateforme.Web.Bench;

/// <summary>
/// The searches people make on the results page, as query strings: text, text with filters, filters only,
/// the three sorts and later pages. Seeded, so every run asks the same questions.
/// </summary>
internal static class Addresses
{
    private static readonly string[] Texts =
    [
        "insertion jeunes", "tiers-lieux", "culture", "sport", "\"économie sociale et solidaire\"", "alimentation",
        "numérique", "patrimoine", "mobilité", "solidarité", "environnement biodiversité", "emploi",
        "culture -patrimoine", "sport OR culture", "jeunesse", "santé", "logement", "quartiers prioritaires",
    ];

    private static readonly string[] Beneficiaries = ["association", "commune", "entreprise-privee", "epci"];
    private static readonly string[] Themes = ["emploi-insertion", "culture-patrimoine", "sport", "solidarite-inclusion", "environnement-biodiversite"];
    private static readonly string[] Territories = ["dep:80", "dep:59", "reg:32", "reg:11", "dep:75", "com:80021"];
    private static readonly string[] Statuses = ["ouvert", "cloture-proche", "a-venir"];
    private static readonly string[] Sorts = ["", "deadline", "newest"];

    public static IReadOnlyList<string> Generate(int count, int seed)
    {
        var random = new Random(seed);
        string Pick(string[] values) => values[random.Next(values.Length)];
        var list = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var parts = new List<string>();
            var kind = i % 3;
            if (kind != 2) parts.Add("q=" + Uri.EscapeDataString(Pick(Texts)));
            if (kind != 0)
            {
                parts.Add("beneficiary=" + Pick(Beneficiaries));
                if (random.Next(2) == 0) parts.Add("theme=" + Pick(Themes));
                if (random.Next(2) == 0) parts.Add("territory=" + Pick(Territories));
                if (random.Next(2) == 0) parts.Add("status=" + Pick(Statuses));
            }
            var sort = Pick(Sorts);
            if (sort.Length > 0) parts.Add("sort=" + sort);
            // Later pages only where there are surely enough results: a page past the last is refused by the API.
            if (kind == 2 && parts.Count == 1 && random.Next(2) == 0) parts.Add("page=" + (2 + random.Next(3)).ToString(CultureInfo.InvariantCulture));
            list.Add("?" + string.Join('&', parts));
        }
        return list;
    }
}
