using Plateforme.Search.Text;

namespace Plateforme.Web.Calls.Components;

/// <summary>
/// Whether a search reads like a shopkeeper's or an artisan's looking for money (« prêt pour ma boulangerie »,
/// « financer mon commerce »): calls for projects rarely fund them, the neighbours' solidarity loans may.
/// </summary>
public static class LoanIntent
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "pret", "prets", "emprunt", "emprunter", "credit",
        "commerce", "commerces", "commercant", "commercante", "boutique", "magasin",
        "boulangerie", "boulanger", "patisserie", "boucherie", "charcuterie", "epicerie", "fromagerie", "traiteur",
        "librairie", "fleuriste", "coiffeur", "coiffure", "restaurant", "bistrot", "cafe", "brasserie",
        "artisan", "artisane", "artisanat", "atelier", "garage",
    };

    public static bool Matches(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        var words = FrenchFolding.Fold(text).Split([' ', '\'', '’', '-', ',', '.', '"'], StringSplitOptions.RemoveEmptyEntries);
        return words.Any(Words.Contains);
    }
}
