using System.Globalization;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Plateforme.Search.Text;

namespace Plateforme.Crawler.Sources.Definitions;

/// <summary>
/// After a trial read, what a definition failed to describe, in French, each with the definition feature to use:
/// no item at all (and what the page is made of instead), a mapped field empty on every item (and the label the
/// items do carry), a deadline or an amount read but understood on no item. <c>validate --fetch</c> prints them.
/// </summary>
public static class DefinitionCoverage
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Words a label of each field starts with, folded, to suggest "label:…".</summary>
    private static readonly Dictionary<string, string[]> Cues = new(StringComparer.Ordinal)
    {
        [nameof(FieldMap.Deadline)] = ["date limite", "cloture", "date de cloture", "date de fin", "fin de depot", "depot", "calendrier", "echeance", "jusqu"],
        [nameof(FieldMap.Opening)] = ["ouverture", "date d ouverture", "debut", "date de debut"],
        [nameof(FieldMap.Amount)] = ["montant", "dotation", "plafond", "subvention", "financement", "aide financiere", "budget"],
        [nameof(FieldMap.Beneficiaries)] = ["beneficiaire", "public", "pour qui", "qui peut"],
        [nameof(FieldMap.Funder)] = ["financeur", "porteur", "organisme"],
        [nameof(FieldMap.Themes)] = ["thematique", "theme", "domaine"],
        [nameof(FieldMap.Territory)] = ["territoire", "zone", "perimetre"],
        [nameof(FieldMap.Contact)] = ["contact"],
        [nameof(FieldMap.Recurrence)] = ["recurrence", "periodicite", "frequence"],
    };

    /// <param name="understood">Per field ("Deadline", "Amount"), how many items had text in it and how many of them extraction understood.</param>
    public static IReadOnlyList<string> Check(
        SourceDefinition definition, SourceRunDiagnostics diagnostics, IReadOnlyList<RawCall> calls, IReadOnlyDictionary<string, (int Read, int Understood, string? Sample)> understood)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(calls);
        ArgumentNullException.ThrowIfNull(understood);
        var remarks = new List<string>();
        if (diagnostics.ItemsFound == 0)
        {
            remarks.Add(NoItems(definition, diagnostics));
            return remarks;
        }

        var maps = new[] { ("fields", definition.Fields), ("detail.fields", definition.Detail?.Fields) };
        foreach (var (prefix, map) in maps)
        {
            if (map is null) continue;
            foreach (var (name, spec) in map.MappedFields())
            {
                var missing = diagnostics.MissingByField.GetValueOrDefault(name);
                if (missing < diagnostics.ItemsFound) continue;
                var property = $"{prefix}.{char.ToLowerInvariant(name[0])}{name[1..]}";
                remarks.Add(string.Create(CultureInfo.InvariantCulture,
                    $"« {property} » (« {spec} ») est vide sur les {diagnostics.ItemsFound} éléments lus : {Suggest(definition, name, calls)}"));
            }
        }

        foreach (var (name, (read, ok, sample)) in understood)
        {
            if (read == 0 || ok > 0) continue;
            var what = name == nameof(FieldMap.Amount) ? "le montant" : "la date limite";
            var hint = name == nameof(FieldMap.Amount) && definition.Kind is SourceKind.JsonApi or SourceKind.Csv && definition.Fields.AmountUnit is null
                ? "si la source donne un nombre seul, déclarez son unité (« \"amountUnit\": \"Euros\" », « Cents », « ThousandEuros »)"
                : $"le champ prend peut-être un autre texte que la valeur : choisissez-le par son libellé ({Suggest(definition, name, calls)})";
            remarks.Add(string.Create(CultureInfo.InvariantCulture,
                $"{what} est lu{(name == nameof(FieldMap.Amount) ? "" : "e")} sur {read} élément(s) (ex. « {sample} ») mais n'est compris{(name == nameof(FieldMap.Amount) ? "" : "e")} sur aucun : {hint}."));
        }

        return remarks;
    }

    private static string NoItems(SourceDefinition definition, SourceRunDiagnostics diagnostics)
    {
        if (diagnostics.PagesFetched == 0)
        {
            return "aucune page n'a pu être lue : " + (diagnostics.Errors.Count > 0 ? string.Join(" ; ", diagnostics.Errors) : "vérifiez les adresses d'entrée.");
        }

        var item = $"« fields.item » (« {definition.Fields.Item} »)";
        return definition.Kind switch
        {
            SourceKind.HtmlListing when diagnostics.FirstEmptyListingHtml is { } html =>
                $"{item} ne trouve aucun élément sur {diagnostics.ListingPages.First(p => p.Items == 0).Url} ; {PageShape.Advise(html)}",
            SourceKind.JsonApi => $"{item} ne donne aucun élément : vérifiez le chemin de la liste (ex. « $.results[*] », « $.data[*] »).",
            SourceKind.Feed => "le flux ne contient aucun élément (item RSS ou entry Atom).",
            _ => "la source ne donne aucun élément.",
        };
    }

    private static string Suggest(SourceDefinition definition, string field, IReadOnlyList<RawCall> calls)
    {
        var payloads = calls.Select(c => c.RawPayload).OfType<string>().Take(10).ToList();
        if (definition.Kind == SourceKind.JsonApi && payloads.Count > 0 && Keys(payloads[0]) is { Count: > 0 } keys)
        {
            return $"vérifiez le chemin JSON ; clés d'un élément : {string.Join(", ", keys.Take(25))}.";
        }

        if (definition.Kind == SourceKind.Csv && payloads.Count > 0 && Keys(payloads[0]) is { Count: > 0 } columns)
        {
            return $"vérifiez le nom de colonne ; colonnes : {string.Join(", ", columns.Take(25))}.";
        }

        if (Cues.TryGetValue(field, out var cues) && FindLabel(payloads, cues) is { } label)
        {
            return $"les éléments portent le libellé « {label} » : essayez « label:{label} », qui lit la valeur qui le suit (dd après dt, cellule sous l'en-tête de colonne, texte après un libellé en gras).";
        }

        return definition.Kind == SourceKind.Feed
            ? "vérifiez le nom de l'élément du flux (ex. « aap:dateLimite ») ou choisissez la valeur par son libellé dans le résumé (« label:Date limite »)."
            : "le sélecteur ne trouve rien dans les éléments ; vérifiez-le, ou choisissez la valeur par son libellé (« label:… »).";
    }

    private static string? FindLabel(IEnumerable<string> payloads, string[] cues)
    {
        foreach (var payload in payloads)
        {
            using var document = Parser.ParseDocument(payload);
            foreach (var element in document.QuerySelectorAll("dt, th, strong, b, label, h3, h4, h5, h6"))
            {
                var text = element.TextContent.Trim().TrimEnd(':', '\u00A0', ' ');
                var folded = FrenchFolding.FoldWords(text);
                if (text.Length is > 0 and <= 60 && cues.Any(cue => folded == cue || folded.StartsWith(cue + " ", StringComparison.Ordinal) || folded.StartsWith(cue, StringComparison.Ordinal)))
                {
                    return text;
                }
            }
        }

        return null;
    }

    private static List<string> Keys(string payload)
    {
        try
        {
            using var json = JsonDocument.Parse(payload);
            return json.RootElement.ValueKind == JsonValueKind.Object ? [.. json.RootElement.EnumerateObject().Select(p => p.Name)] : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
