namespace Plateforme.DemoData;

/// <summary>A perimeter demo calls are written for: its code, its short name for titles, and "in it" for sentences.</summary>
internal sealed record DemoPlace(string Code, string Name, string In);
