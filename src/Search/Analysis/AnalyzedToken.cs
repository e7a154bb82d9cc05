namespace Plateforme.Search.Analysis;

/// <summary>One token out of a chain: its text, its position (stop words leave gaps) and where it sits in the input.</summary>
public readonly record struct AnalyzedToken(string Term, int Position, int StartOffset, int EndOffset);
