namespace Plateforme.Crawler.Scheduling;

/// <summary>
/// What the crawler executable was asked to do: <c>list</c>, <c>run &lt;source-id or definition file&gt;</c>,
/// <c>run --all</c>, <c>validate &lt;definition file&gt;</c>, or nothing (the scheduled worker), with the options
/// <c>--dry-run</c>, <c>--json</c> and <c>--fixtures &lt;folder&gt;</c>. <see cref="HostArgs"/> are the remaining
/// arguments, for the host's configuration ("--Database:ConnectionString=…").
/// </summary>
public sealed record CrawlerCommand(string Verb, string? SourceId, IReadOnlyList<string> HostArgs)
{
    public const string Worker = "worker";
    public const string List = "list";
    public const string Run = "run";
    public const string RunAll = "run-all";
    public const string Validate = "validate";
    public const string Help = "help";

    public const string Usage = """
        Usage : crawler [commande] [--Cle:Sous-cle=valeur…]
          (sans commande)                         relève les sources selon leur planification, jusqu'à l'arrêt
          list                                    les sources, leur santé et leur dernier passage
          run <source ou fichier.json> [options]  relève une source (identifiant, ou fichier de définition)
          run --all [options]                     relève toutes les sources activées
          validate <fichier.json>                 vérifie une définition et explique chaque problème
        Options de run :
          --dry-run             n'écrit rien (ni catalogue, ni passage, ni validateurs HTTP) et affiche les appels extraits
          --json                affiche les appels extraits en JSON
          --fixtures <dossier>  lit les copies locales des sites (un sous-dossier par source avec routes.txt) au lieu du réseau
          --today AAAA-MM-JJ    relit des pages archivées comme le jour où elles ont été relevées (dates sans année, dates passées)
        Options de validate :
          --fetch               lit aussi la source (ou sa copie avec --fixtures) et dit ce que la définition ne sait pas décrire
        """;

    /// <summary>Reads nothing from the catalogue or the crawler's tables and writes nothing anywhere.</summary>
    public bool DryRun { get; init; }

    /// <summary>Prints the extracted calls as JSON on standard output.</summary>
    public bool Json { get; init; }

    /// <summary>A folder of fixture copies served on loopback instead of the real sites.</summary>
    public string? FixturesFolder { get; init; }

    /// <summary>The day pages are taken to have been fetched (<c>--today</c>), for a replay of archived pages.</summary>
    public DateOnly? Today { get; init; }

    /// <summary>Whether <c>validate</c> also reads the source to check that the definition describes its pages.</summary>
    public bool Fetch { get; init; }

    /// <summary>What is wrong with the command line, in French, or null.</summary>
    public string? Error { get; init; }

    public bool IsWorker => Verb == Worker;

    /// <summary>Whether <see cref="SourceId"/> names a definition file rather than a stored source.</summary>
    public bool TargetsFile => SourceId is { } target && (target.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || File.Exists(target));

    public static CrawlerCommand Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0 || args[0].StartsWith('-')) return new CrawlerCommand(Worker, null, args);
        var rest = new List<string>();
        bool dryRun = false, json = false, all = false, fetch = false;
        string? fixtures = null, target = null, today = null;
        for (var i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--dry-run": dryRun = true; break;
                case "--json": json = true; break;
                case "--fetch": fetch = true; break;
                case "--today": today = i + 1 < args.Count ? args[++i] : ""; break;
                case var text when text.StartsWith("--today=", StringComparison.Ordinal): today = text["--today=".Length..]; break;
                case "--all": all = true; break;
                case "--fixtures" when i + 1 < args.Count: fixtures = args[++i]; break;
                case var text when text.StartsWith("--fixtures=", StringComparison.Ordinal): fixtures = text["--fixtures=".Length..]; break;
                case var text when target is null && !text.StartsWith('-'): target = text; break;
                // "--Key value": the value belongs to the configuration key, it is not a target.
                case var text when text.StartsWith("--", StringComparison.Ordinal) && !text.Contains('=', StringComparison.Ordinal) && i + 1 < args.Count:
                    rest.Add(text);
                    rest.Add(args[++i]);
                    break;
                default: rest.Add(args[i]); break;
            }
        }

        var verb = args[0] switch
        {
            List when target is null => List,
            Run when all && target is null => RunAll,
            Run when !all && target is not null => Run,
            Validate when target is not null && !all => Validate,
            _ => Help,
        };
        DateOnly? day = null;
        string? error = null;
        if (today is not null)
        {
            if (DateOnly.TryParseExact(today, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed)) day = parsed;
            else error = $"« --today » attend une date au format AAAA-MM-JJ, par exemple « --today 2025-03-14 » ; « {today} » n'en est pas une.";
        }

        return new CrawlerCommand(verb, target, rest) { DryRun = dryRun, Json = json, FixturesFolder = fixtures, Today = day, Fetch = fetch, Error = error };
    }
}
