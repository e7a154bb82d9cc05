namespace Plateforme.Search.Catalogue;

/// <summary>Slugs: "ponctuelle", "recurrente", "permanente" (see <see cref="RecurrenceSlugs"/>).</summary>
public enum Recurrence
{
    OneOff,
    Recurring,
    Permanent,
}
