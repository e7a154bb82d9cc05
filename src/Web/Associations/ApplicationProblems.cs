using Plateforme.Alerts.Applications;
using Plateforme.Alerts.Resources;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Associations;

/// <summary>What can be wrong with a changed application: short codes in the redirect's query, French messages on the page.</summary>
public static class ApplicationProblems
{
    public const string Status = "etape";
    public const string Amount = "montant";
    public const string AmountNotWon = "montant-non-obtenu";
    public const string AmountNegative = "montant-negatif";
    public const string Notes = "notes";

    /// <summary>The code of a field the service refused.</summary>
    public static string Code(string field) => field switch
    {
        nameof(ApplicationChange.Notes) => Notes,
        nameof(ApplicationChange.AmountObtainedCents) => AmountNotWon,
        _ => Status,
    };

    public static string? Message(string code) => code switch
    {
        Status => ApplicationText.StatusInvalid,
        Amount => AssociationText.AmountInvalid,
        AmountNotWon => ApplicationText.AmountOnlyWhenWon,
        AmountNegative => ApplicationText.AmountNegative,
        Notes => ApplicationText.NotesTooLong,
        _ => null,
    };
}
