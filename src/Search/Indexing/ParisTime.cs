namespace Plateforme.Search.Indexing;

public static class ParisTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
}
