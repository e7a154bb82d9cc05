namespace Plateforme.Crawler.Extraction.Dates;

/// <summary>A date written somewhere in a text, year possibly missing, with the time that follows it.</summary>
/// <param name="End">End of the date and of its time ("à 17h"), in the text's positions.</param>
internal sealed record DateMention(int Start, int End, int Day, int Month, int? Year, TimeOnly? Time);
