using System.Text.RegularExpressions;
using Plateforme.Search.Reference;

namespace Plateforme.Crawler.Extraction.Detection;

/// <summary>
/// Turns a perimeter written by a source ("Hauts-de-France", "80 - Somme", "Somme (80)", "Saint-Denis (974)",
/// "National et +", "dep:80") into one "level:code" of the <see cref="TerritoryDirectory"/>. Several places give
/// the smallest perimeter holding them all (two départements of one région → that région). Free text is read
/// more cautiously than a territory field: "la somme de 5 000 €" is not the Somme.
/// </summary>
public sealed partial class TerritoryResolver
{
    private static readonly Lazy<TerritoryResolver> DefaultInstance = new(() => new TerritoryResolver(TerritoryDirectory.Default));

    private static readonly PhraseSet NationalField = new(["national", "nationale", "France", "France entière", "toute la France", "territoire national", "France métropolitaine", "métropole et outre-mer", "ensemble du territoire", "national et +"]);
    private static readonly PhraseSet NationalText = new(["France entière", "toute la France", "territoire national", "ensemble du territoire national", "échelle nationale", "tout le territoire français"]);
    private static readonly PhraseSet EuropeField = new(["Europe", "Union européenne", "européen", "international"]);

    private static readonly Dictionary<string, string> RegionAliases = new(StringComparer.Ordinal)
    {
        ["idf"] = "11", ["paca"] = "93", ["region sud"] = "93", ["aura"] = "84", ["bfc"] = "27", ["cvl"] = "24", ["reunion"] = "04",
    };

    private readonly TerritoryDirectory directory;
    private readonly Lazy<Indexes> indexes;

    public TerritoryResolver(TerritoryDirectory directory)
    {
        this.directory = directory;
        indexes = new Lazy<Indexes>(() => Indexes.Build(directory));
    }

    public static TerritoryResolver Default => DefaultInstance.Value;

    /// <summary>The perimeter, or null when the text names no place this resolver can be sure of.</summary>
    public TerritoryCode? Resolve(string? text, bool isTerritoryField = true)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (TerritoryCode.TryParse(text.Trim(), out var explicitCode) && directory.IsKnown(explicitCode)) return explicitCode;

        var index = indexes.Value;
        var found = new List<TerritoryCode>();
        var words = " " + FrenchText.FoldWords(text) + " ";

        words = TakeCommunesWithDepartement(text, words, index, found);
        var cased = " " + FrenchText.FoldWords(text, keepCase: true) + " ";
        words = TakeNames(words, index.Names, found, (name, at, current) =>
            isTerritoryField
            || (!name.IsAlias && IsCapitalised(cased, at + 1, name.Name)
                && (name.Code.Level == TerritoryLevel.Region || IntroducesDepartement(current, at))));
        TakeDepartementCodes(text, found);

        // Read after the names are blanked: the "France" of "Hauts-de-France" is not the whole country.
        var rest = FoldedText.Of(words.Replace('_', ' '));
        if ((isTerritoryField ? NationalField : NationalText).Matches(rest)) return TerritoryCode.National;
        if (isTerritoryField && found.Count == 0 && EuropeField.Matches(rest)) return TerritoryCode.Europe;

        if (isTerritoryField && found.Count == 0) TakeWholeName(text, index, found);
        else if (isTerritoryField && found.Count == 1) NarrowToCommune(text, index, found);
        return Enclosing(found.Distinct().ToList());
    }

    /// <summary>"Saint-Denis (93)", "Amiens (80000)", "80000 Amiens": a commune made certain by its département or postal code.</summary>
    private static string TakeCommunesWithDepartement(string text, string words, Indexes index, List<TerritoryCode> found)
    {
        foreach (Match m in CommuneWithCode().Matches(text))
        {
            var name = FrenchText.FoldWords(m.Groups["name"].Value);
            var code = m.Groups["code"].Value.ToUpperInvariant();
            var commune = FindCommune(index, name, code);
            if (commune is null) continue;
            found.Add(commune.Code);
            words = Blank(words, name);
        }
        return words;
    }

    private static Territory? FindCommune(Indexes index, string foldedName, string departementOrPostalCode)
    {
        // The name group may have swallowed words before the commune ("Ville de Saint-Denis"): try shorter tails.
        var parts = foldedName.Split(' ');
        for (var skip = 0; skip < parts.Length; skip++)
        {
            var name = string.Join(' ', parts[skip..]);
            if (!index.Communes.TryGetValue(name, out var candidates)) continue;
            var match = candidates.FirstOrDefault(c =>
                (departementOrPostalCode.Length <= 3 && c.Departement?.Code == departementOrPostalCode)
                || c.PostalCodes.Contains(departementOrPostalCode, StringComparer.Ordinal));
            if (match is not null) return match;
        }
        return null;
    }

    /// <summary>Régions and départements, longest name first: "Corse-du-Sud" before "Corse", "Haute-Loire" before "Loire".</summary>
    private static string TakeNames(
        string words, IReadOnlyList<(string Name, TerritoryCode Code, bool IsAlias)> names, List<TerritoryCode> found,
        Func<(string Name, TerritoryCode Code, bool IsAlias), int, string, bool> accept)
    {
        foreach (var entry in names)
        {
            var (name, code, _) = entry;
            var at = words.IndexOf(" " + name + " ", StringComparison.Ordinal);
            if (at < 0 || !accept(entry, at, words)) continue;
            found.Add(code);
            words = Blank(words, name);
        }
        return words;
    }

    /// <summary>In free text a place is a proper noun: "la réunion d'information" is not La Réunion.</summary>
    private static bool IsCapitalised(string cased, int at, string foldedName)
    {
        var offset = 0;
        foreach (var word in foldedName.Split(' '))
        {
            if (word.Length > 2 && !char.IsUpper(cased[at + offset])) return false;
            offset += word.Length + 1;
        }
        return true;
    }

    /// <summary>In free text a département name counts after "département de", "en", "dans le"… not on its own.</summary>
    private static bool IntroducesDepartement(string words, int at)
    {
        var before = words[..(at + 1)];
        return before.EndsWith(" departement de ", StringComparison.Ordinal) || before.EndsWith(" departement du ", StringComparison.Ordinal)
            || before.EndsWith(" departement de la ", StringComparison.Ordinal) || before.EndsWith(" departement des ", StringComparison.Ordinal)
            || before.EndsWith(" departement d ", StringComparison.Ordinal) || before.EndsWith(" dans le ", StringComparison.Ordinal)
            || before.EndsWith(" en ", StringComparison.Ordinal) || before.EndsWith(" dans la ", StringComparison.Ordinal)
            || before.EndsWith(" dans l ", StringComparison.Ordinal);
    }

    /// <summary>"(80)", "80 - Somme", "Département 2A": codes of départements, checked against the directory.</summary>
    private void TakeDepartementCodes(string text, List<TerritoryCode> found)
    {
        foreach (Match m in DepartementCode().Matches(text))
        {
            var code = new TerritoryCode(TerritoryLevel.Departement, m.Groups["code"].Value.ToUpperInvariant());
            if (directory.IsKnown(code) && !found.Any(f => f == code || (f.Level == TerritoryLevel.Commune && directory.Find(f)?.Departement == code))) found.Add(code);
        }
    }

    /// <summary>A field that is just a name: an EPCI ("Métropole Européenne de Lille") or a commune that is not ambiguous.</summary>
    private static void TakeWholeName(string text, Indexes index, List<TerritoryCode> found)
    {
        var name = FrenchText.FoldWords(StripCommunePrefix().Replace(text.Trim(), ""));
        if (index.Epcis.TryGetValue(name, out var epci))
        {
            found.Add(epci);
            return;
        }
        if (index.Communes.TryGetValue(name, out var communes) && communes.Count == 1) found.Add(communes[0].Code);
    }

    /// <summary>"Saint-Denis, La Réunion", "Saint-Denis (Seine-Saint-Denis)": a commune named beside its département or région.</summary>
    private void NarrowToCommune(string text, Indexes index, List<TerritoryCode> found)
    {
        var area = found[0];
        if (area.Level is not (TerritoryLevel.Departement or TerritoryLevel.Region)) return;
        foreach (var part in FieldParts().Split(text))
        {
            var name = FrenchText.FoldWords(StripCommunePrefix().Replace(part.Trim(), ""));
            if (!index.Communes.TryGetValue(name, out var communes)) continue;
            var inArea = communes.Where(c => c.Departement == area || c.Region == area).ToList();
            if (inArea.Count != 1) continue;
            found[0] = inArea[0].Code;
            return;
        }
    }

    private TerritoryCode? Enclosing(List<TerritoryCode> found)
    {
        if (found.Count == 0) return null;
        if (found.Count == 1) return found[0];
        var regions = found.Select(c => c.Level == TerritoryLevel.Region ? c : directory.Find(c)?.Region).Distinct().ToList();
        return regions.Count == 1 && regions[0] is { } region ? region : TerritoryCode.National;
    }

    private static string Blank(string words, string name) => words.Replace(" " + name + " ", " " + new string('_', name.Length) + " ", StringComparison.Ordinal);

    [GeneratedRegex(@"(?<name>[\p{L}][\p{L}'’\- ]{1,60}?)\s*\((?<code>\d{5}|\d{2,3}|2[AaBb])\)|(?<code>\d{5})\s+(?<name>[\p{L}][\p{L}'’\-]*(?:[ \-][\p{L}'’]+){0,4})")]
    private static partial Regex CommuneWithCode();

    [GeneratedRegex(@"(?:\((?<code>\d{2,3}|2[AaBb])\)|(?:^|[,;/\n]\s*)(?<code>\d{2,3}|2[AaBb])\s*[-–:]\s*\p{L}|\bd[ée]partement\s+(?:n°\s*)?(?<code>\d{2,3}|2[AaBb])\b)")]
    private static partial Regex DepartementCode();

    [GeneratedRegex(@"[,;()/]|\s[-–]\s")]
    private static partial Regex FieldParts();

    [GeneratedRegex(@"^(?:ville|commune|mairie)\s+(?:de\s+|d['’]\s*)?", RegexOptions.IgnoreCase)]
    private static partial Regex StripCommunePrefix();
}
