namespace Plateforme.Search.Catalogue;

public static class RecurrenceSlugs
{
    public const string OneOff = "ponctuelle";
    public const string Recurring = "recurrente";
    public const string Permanent = "permanente";

    public static IReadOnlyList<string> All { get; } = [OneOff, Recurring, Permanent];

    public static string ToSlug(this Recurrence recurrence) => recurrence switch
    {
        Recurrence.Recurring => Recurring,
        Recurrence.Permanent => Permanent,
        _ => OneOff,
    };

    public static bool TryParse(string? slug, out Recurrence recurrence)
    {
        switch (slug)
        {
            case OneOff: recurrence = Recurrence.OneOff; return true;
            case Recurring: recurrence = Recurrence.Recurring; return true;
            case Permanent: recurrence = Recurrence.Permanent; return true;
            default: recurrence = default; return false;
        }
    }
}
