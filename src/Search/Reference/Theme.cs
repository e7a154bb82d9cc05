namespace Plateforme.Search.Reference;

/// <summary>A theme of the taxonomy ("emploi-insertion"), with the words that reveal it in a call's text.</summary>
public sealed record Theme(string Slug, string Label, string Description, IReadOnlyList<string> Keywords, IReadOnlyList<SubTheme> SubThemes);
