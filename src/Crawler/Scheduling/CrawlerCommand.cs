namespace Plateforme.Crawler.Scheduling;

/// <summary>
/// What the crawler executable was asked to do: <c>list</c>, <c>run &lt;source-id&gt;</c>, <c>run --all</c>, or
/// nothing (the scheduled worker). <see cref="HostArgs"/> are the remaining arguments, for the host's configuration
/// ("--Search:Database:ConnectionString=…").
/// </summary>
public sealed record CrawlerCommand(string Verb, string? SourceId, IReadOnlyList<string> HostArgs)
{
    public const string Worker = "worker";
    public const string List = "list";
    public const string Run = "run";
    public const string RunAll = "run-all";
    public const string Usage = "Usage : crawler [list | run <source> | run --all] [--Cle:Sous-cle=valeur…]";

    public bool IsWorker => Verb == Worker;

    public static CrawlerCommand Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0 || args[0].StartsWith('-')) return new CrawlerCommand(Worker, null, args);
        var rest = args.Skip(1).ToList();
        switch (args[0])
        {
            case List:
                return new CrawlerCommand(List, null, rest);
            case Run when rest.Count > 0 && rest[0] == "--all":
                return new CrawlerCommand(RunAll, null, rest.Skip(1).ToList());
            case Run when rest.Count > 0 && !rest[0].StartsWith('-'):
                return new CrawlerCommand(Run, rest[0], rest.Skip(1).ToList());
            default:
                return new CrawlerCommand("help", null, rest);
        }
    }
}
