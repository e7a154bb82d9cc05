namespace Plateforme.Search.Indexing;

public enum SearchSort
{
    /// <summary>Best match first, mildly favouring open calls and near deadlines.</summary>
    Relevance,

    /// <summary>Soonest deadline first among open calls; calls without a deadline, then closed ones, last.</summary>
    Deadline,

    /// <summary>Most recently published first.</summary>
    Newest,
}
