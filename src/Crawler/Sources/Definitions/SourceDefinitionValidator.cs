using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Plateforme.Search.Reference;
using Quartz;

namespace Plateforme.Crawler.Sources.Definitions;

/// <summary>The rules a definition must follow, each broken rule reported as one French sentence.</summary>
internal static partial class SourceDefinitionValidator
{
    private static readonly HtmlParser SelectorProbe = new();

    public static List<string> Validate(SourceDefinition definition, string origin)
    {
        var problems = new List<string>();
        if (definition.FormatVersion != SourceDefinitionLoader.CurrentFormatVersion)
        {
            problems.Add($"« formatVersion » vaut {definition.FormatVersion} ; seule la version {SourceDefinitionLoader.CurrentFormatVersion} est reconnue.");
        }

        if (!SlugPattern().IsMatch(definition.Id))
        {
            problems.Add($"l'identifiant « {definition.Id} » doit être écrit en minuscules, chiffres et tirets (ex. « ville-amiens »).");
        }
        else if (origin.EndsWith(".json", StringComparison.Ordinal) && Path.GetFileNameWithoutExtension(origin) != definition.Id)
        {
            problems.Add($"l'identifiant « {definition.Id} » doit être le nom du fichier (« {definition.Id}.json »).");
        }

        Require(problems, definition.Name, "name", "le nom de la source");
        Require(problems, definition.Funder?.Name, "funder.name", "le nom de l'organisation");
        Require(problems, definition.Funder?.Slug, "funder.slug", "l'identifiant court de l'organisation (ex. « region-hauts-de-france »)");
        if (definition.Funder?.Slug is { } funderSlug && !string.IsNullOrWhiteSpace(funderSlug) && !SlugPattern().IsMatch(funderSlug))
        {
            problems.Add($"« funder.slug » (« {funderSlug} ») doit être écrit en minuscules, chiffres et tirets.");
        }

        Require(problems, definition.Licence, "licence", "la licence ou la mention d'attribution");
        ValidateUrls(problems, definition);
        if (!IsValidCron(definition.Schedule))
        {
            problems.Add($"« schedule » (« {definition.Schedule} ») n'est pas une expression cron Quartz valide : six ou sept champs, secondes en premier, ex. « 0 30 5 * * ? ».");
        }

        ValidateDateFormat(problems, definition.DateFormat);
        if (definition.Politeness.MinDelaySeconds is < 0 or > 3600)
        {
            problems.Add("« politeness.minDelaySeconds » doit être compris entre 0 et 3600 secondes.");
        }

        if (definition.DefaultTerritory is { } territory && !TerritoryCode.TryParse(territory, out _))
        {
            problems.Add($"« defaultTerritory » (« {territory} ») doit s'écrire « niveau:code », ex. « dep:80 », « reg:32 », « com:80021 ».");
        }

        ValidateKind(problems, definition);
        return problems;
    }

    private static void ValidateUrls(List<string> problems, SourceDefinition definition)
    {
        if (definition.EntryUrls.Count == 0)
        {
            problems.Add("« entryUrls » doit contenir au moins une adresse.");
        }

        foreach (var url in definition.EntryUrls.Where(url => !IsWebUrl(url)))
        {
            problems.Add($"l'adresse d'entrée « {url} » doit être absolue et commencer par http:// ou https://.");
        }
    }

    private static void ValidateKind(List<string> problems, SourceDefinition definition)
    {
        var fields = definition.Fields;
        var paging = definition.Paging;
        switch (definition.Kind)
        {
            case SourceKind.HtmlListing:
                Require(problems, fields.Item, "fields.item", "le sélecteur CSS d'un élément de la liste");
                Require(problems, fields.Title, "fields.title", "le sélecteur CSS du titre");
                Require(problems, fields.Link, "fields.link", "le sélecteur CSS du lien");
                AllowPaging(problems, definition, PagingMode.None, PagingMode.NextLink, PagingMode.UrlPattern);
                ValidateSelectors(problems, "fields", fields);
                break;
            case SourceKind.Feed:
                AllowPaging(problems, definition, PagingMode.None);
                ValidateFeedFields(problems, fields);
                break;
            case SourceKind.JsonApi:
                Require(problems, fields.Item, "fields.item", "le chemin JSON de la liste des éléments (ex. « $.results[*] »)");
                Require(problems, fields.Title, "fields.title", "le chemin JSON du titre");
                AllowPaging(problems, definition, PagingMode.None, PagingMode.NextField, PagingMode.UrlPattern);
                break;
            case SourceKind.Csv:
                Require(problems, fields.Title, "fields.title", "le nom de la colonne du titre");
                AllowPaging(problems, definition, PagingMode.None);
                break;
            case SourceKind.AidesTerritoires:
                AllowPaging(problems, definition, PagingMode.None, PagingMode.NextField);
                break;
        }

        if (fields.ItemMode != ItemMode.Elements && definition.Kind != SourceKind.HtmlListing)
        {
            problems.Add($"« fields.itemMode » {fields.ItemMode} n'est possible que pour une source HtmlListing.");
        }

        ValidateLabels(problems, "fields", fields);
        if (definition.Detail is { } detail)
        {
            ValidateLabels(problems, "detail.fields", detail.Fields);
            if (definition.Kind is not (SourceKind.HtmlListing or SourceKind.Feed))
            {
                problems.Add("« detail » (suivi des pages de détail) n'est possible que pour les sources HtmlListing et Feed.");
            }

            ValidateSelectors(problems, "detail.fields", detail.Fields);
            ValidateSelector(problems, "detail.contentSelector", detail.ContentSelector);
        }

        if (paging.MaxPages is < 1 or > 500)
        {
            problems.Add("« paging.maxPages » doit être compris entre 1 et 500.");
        }

        switch (paging.Mode)
        {
            case PagingMode.NextLink:
                Require(problems, paging.NextSelector, "paging.nextSelector", "le sélecteur CSS du lien « page suivante »");
                ValidateSelector(problems, "paging.nextSelector", paging.NextSelector);
                break;
            case PagingMode.NextField:
                Require(problems, paging.NextField, "paging.nextField", "le champ JSON de l'adresse de la page suivante (ex. « next »)");
                break;
            case PagingMode.UrlPattern:
                ValidatePattern(problems, definition);
                break;
        }
    }

    private static void ValidatePattern(List<string> problems, SourceDefinition definition)
    {
        var pattern = definition.Paging.UrlPattern;
        if (string.IsNullOrWhiteSpace(pattern)
            || !(pattern.Contains("{page}", StringComparison.Ordinal) || pattern.Contains("{offset}", StringComparison.Ordinal))
            || !Uri.TryCreate(pattern.Replace("{page}", "1", StringComparison.Ordinal).Replace("{offset}", "1", StringComparison.Ordinal), UriKind.Absolute, out var sample)
            || !IsWebUrl(sample))
        {
            problems.Add("« paging.urlPattern » doit être une adresse absolue contenant « {page} » ou « {offset} ».");
        }

        if (definition.Paging.Step < 1)
        {
            problems.Add("« paging.step » doit être un entier positif.");
        }

        if (definition.EntryUrls.Count > 1)
        {
            problems.Add("avec « paging.mode » UrlPattern, « entryUrls » ne doit contenir qu'une adresse (la première page).");
        }
    }

    private static void AllowPaging(List<string> problems, SourceDefinition definition, params PagingMode[] allowed)
    {
        if (!allowed.Contains(definition.Paging.Mode))
        {
            problems.Add($"« paging.mode » {definition.Paging.Mode} n'est pas possible pour une source {definition.Kind} (possibles : {string.Join(", ", allowed)}).");
        }
    }

    private static void ValidateSelectors(List<string> problems, string prefix, FieldMap fields)
    {
        ValidateSelector(problems, $"{prefix}.item", fields.Item);
        foreach (var (name, spec) in fields.MappedFields())
        {
            foreach (var atom in Fields.FieldMapReader.Atoms(spec).Where(atom => !Html.FieldLabel.IsLabel(atom)))
            {
                ValidateSelector(problems, PropertyOf(prefix, name), atom);
            }
        }
    }

    private static void ValidateLabels(List<string> problems, string prefix, FieldMap fields)
    {
        foreach (var (name, spec) in fields.MappedFields())
        {
            if (Fields.FieldMapReader.Atoms(spec).Any(atom => Html.FieldLabel.IsLabel(atom) && Html.FieldLabel.Parse(atom) is null))
            {
                problems.Add($"« {PropertyOf(prefix, name)} » : « label: » doit être suivi d'au moins un libellé, ex. « label:Date limite|Clôture ».");
            }
        }
    }

    private static void ValidateFeedFields(List<string> problems, FieldMap fields)
    {
        if (!string.IsNullOrWhiteSpace(fields.Item))
        {
            problems.Add("« fields.item » n'a pas de sens pour un flux : chaque élément du flux (item RSS, entry Atom) est un appel.");
        }

        foreach (var (name, spec) in fields.MappedFields())
        {
            foreach (var atom in Fields.FieldMapReader.Atoms(spec).Where(atom => !Html.FieldLabel.IsLabel(atom) && !FeedElementPattern().IsMatch(atom.Trim())))
            {
                problems.Add($"« {PropertyOf("fields", name)} » : « {atom} » n'est pas un nom d'élément du flux (ex. « aap:dateLimite », « enclosure@url », « media:group/media:title ») ni « label:… ».");
            }
        }
    }

    private static string PropertyOf(string prefix, string name) => $"{prefix}.{char.ToLowerInvariant(name[0])}{name[1..]}";

    private static void ValidateSelector(List<string> problems, string property, string? selector)
    {
        if (string.IsNullOrWhiteSpace(selector))
        {
            return;
        }

        var css = Html.HtmlSelector.Parse(selector).Css;
        if (css is null)
        {
            return;
        }

        try
        {
            SelectorProbe.ParseDocument("<p></p>").QuerySelector(css);
        }
        catch (AngleSharp.Dom.DomException)
        {
            problems.Add($"« {property} » : « {selector} » n'est pas un sélecteur CSS valide.");
        }
    }

    private static void ValidateDateFormat(List<string> problems, string? format)
    {
        if (format is null)
        {
            return;
        }

        var valid = format.Contains('d', StringComparison.Ordinal) && format.Contains('M', StringComparison.Ordinal)
            && format.Contains('y', StringComparison.Ordinal);
        if (valid)
        {
            var sample = new DateTime(2026, 1, 31, 0, 0, 0, DateTimeKind.Unspecified).ToString(format, CultureInfo.InvariantCulture);
            valid = DateTime.TryParseExact(sample, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var back)
                && back.Date == new DateTime(2026, 1, 31, 0, 0, 0, DateTimeKind.Unspecified);
        }

        if (!valid)
        {
            problems.Add($"« dateFormat » (« {format} ») doit être un format de date numérique avec jour, mois et année, ex. « dd/MM/yyyy » ou « MM/dd/yyyy ».");
        }
    }

    private static void Require(List<string> problems, string? value, string property, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"« {property} » est obligatoire : {what}.");
        }
    }

    private static bool IsValidCron(string expression)
    {
        try
        {
            _ = new CronExpression(expression);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static bool IsWebUrl(Uri url) =>
        url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    [GeneratedRegex(@"^[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?(/[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?)*(@[A-Za-z_][\w:.-]*)?$")]
    private static partial Regex FeedElementPattern();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
