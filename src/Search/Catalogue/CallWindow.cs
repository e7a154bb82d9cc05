namespace Plateforme.Search.Catalogue;

/// <summary>
/// One application window of a call (« session de printemps : du 1er mars au 15 avril »): a call with several
/// sessions keeps one per session. <paramref name="ClosesAt"/> is the time of day of the deadline in Europe/Paris.
/// </summary>
public sealed record CallWindow(DateOnly? OpensOn, DateOnly ClosesOn, TimeOnly? ClosesAt = null);
