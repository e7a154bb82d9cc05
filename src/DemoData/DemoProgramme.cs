namespace Plateforme.DemoData;

/// <summary>A named, usually yearly, scheme of a funder ("FDVA – fonctionnement-innovation"), filed under a sub-theme.</summary>
internal sealed record DemoProgramme(string Title, string SubTheme);
