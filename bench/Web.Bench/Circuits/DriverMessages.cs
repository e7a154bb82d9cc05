namespace Plateforme.Web.Bench.Circuits;

/// <summary>
/// What the bench asks the browser driver, one JSON line each: <c>open</c> new pages at these addresses,
/// <c>updates</c> on a sample of the open pages, <c>quit</c>.
/// </summary>
internal sealed record DriverCommand(string Op)
{
    public IReadOnlyList<string> Addresses { get; init; } = [];

    public int Concurrency { get; init; } = 1;

    /// <summary>How many of the open pages take part in the updates, evenly spread over them.</summary>
    public int Pages { get; init; }

    /// <summary>Rounds of updates per page; a round is a filter ticked, the same filter removed from its chip, a new text searched.</summary>
    public int Rounds { get; init; }

    /// <summary>Search texts the updates type, in turn.</summary>
    public IReadOnlyList<string> Texts { get; init; } = [];
}

/// <summary>The driver's answer to <c>open</c>: pages that became interactive, and the browser's own memory.</summary>
internal sealed record OpenReply(int Opened, int Failed, int PagesOpen, double Seconds, long BrowserPssBytes, IReadOnlyList<string> Errors);

/// <summary>
/// The driver's answer to <c>updates</c>: for each update, the milliseconds from the person's action (the click or
/// the first input event, as the page saw it) to the moment the page showed the expected results; searches no text
/// could change are counted apart.
/// </summary>
internal sealed record UpdatesReply(IReadOnlyList<double> TickMs, IReadOnlyList<double> SearchMs, int Failed, int Unmeasurable, IReadOnlyList<string> Errors);
