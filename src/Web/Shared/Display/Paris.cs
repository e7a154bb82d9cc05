using Plateforme.Search.Indexing;

namespace Plateforme.Web.Shared.Display;

/// <summary>Instants shown to moderators, in Paris time and French.</summary>
public static class Paris
{
    public static string Date(DateTimeOffset instant) => FrenchFormat.Date(DateOnly.FromDateTime(Local(instant)));

    public static string DateTime(DateTimeOffset instant) => $"{Date(instant)} {FrenchFormat.Time(TimeOnly.FromDateTime(Local(instant)))}";

    private static System.DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, ParisTime.Zone).DateTime;
}
