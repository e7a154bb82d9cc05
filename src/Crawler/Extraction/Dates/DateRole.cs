namespace Plateforme.Crawler.Extraction.Dates;

/// <summary>What a date means for the call, read from the words around it.</summary>
internal enum DateRole
{
    /// <summary>No telling word: a lone date in a deadline field is the deadline.</summary>
    Unknown,
    Opening,
    Deadline,
    PreDeposit,

    /// <summary>When the page was published or updated: not a date of the call.</summary>
    Publication,

    /// <summary>A jury, a meeting, the end of the projects: dates that must not become a deadline.</summary>
    Other,
}
