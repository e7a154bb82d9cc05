namespace Plateforme.Crawler.Extraction.Dates;

/// <summary>One submission window: "du 1er mars au 15 avril 2021", or only a closing date.</summary>
public sealed record DateWindow(DateOnly? OpensOn, DateOnly ClosesOn, TimeOnly? ClosesAt = null);
