namespace Plateforme.DemoData;

/// <summary>A written title, whether it announces a call for projects, and how the text names the call ("cet appel à projets").</summary>
internal sealed record DemoTitle(string Text, bool IsCallForProjects, string Noun);
