using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Plateforme.Crawler.Sources.Definitions;

/// <summary>
/// What a listing page is made of when a definition's item selector found nothing on it, said as advice for the
/// person writing the definition: headings followed by paragraphs (heading sections), a table, definition lists,
/// cards or list items with links.
/// </summary>
public static class PageShape
{
    private static readonly HtmlParser Parser = new();

    public static string Advise(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        using var document = Parser.ParseDocument(html);
        var body = document.Body ?? document.DocumentElement;
        foreach (var tag in (string[])["nav", "header", "footer", "script", "style"])
        {
            foreach (var noise in body.QuerySelectorAll(tag).ToList()) noise.Remove();
        }

        var sections = Enumerable.Range(2, 4)
            .Select(level => (Level: level, Count: body.QuerySelectorAll($"h{level}").Count(h => h.NextElementSibling is { LocalName: "p" or "div" or "ul" or "dl" or "table" })))
            .Where(shape => shape.Count >= 2)
            .OrderByDescending(shape => shape.Count)
            .FirstOrDefault();
        var listItems = body.QuerySelectorAll("li").Count(li => li.QuerySelector("a[href]") is not null);
        if (sections.Count >= 2 && sections.Count * 2 >= listItems)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"la page présente {sections.Count} titres h{sections.Level} suivis chacun de paragraphes, sans élément qui entoure chaque appel : utilisez « \"itemMode\": \"HeadingSections\" » avec « \"item\": \"h{sections.Level}\" », le titre « h{sections.Level} », le lien « h{sections.Level} a » ou « a », et des champs par libellé (« label:Date limite »).");
        }

        var rows = body.QuerySelectorAll("table tr").Count(tr => tr.QuerySelector("td") is not null);
        if (rows >= 2)
        {
            var headers = string.Join(", ", body.QuerySelectorAll("table th").Select(th => th.TextContent.Trim()).Where(t => t.Length > 0).Distinct().Take(6).Select(t => $"« {t} »"));
            return string.Create(CultureInfo.InvariantCulture,
                $"la page présente un tableau de {rows} lignes : prenez « \"item\": \"table tbody tr\" » et choisissez chaque champ par l'en-tête de sa colonne (« label:Montant »){(headers.Length > 0 ? $" ; en-têtes lus : {headers}" : "")}. Les cellules fusionnées (rowspan, colspan) sont dépliées.");
        }

        var terms = body.QuerySelectorAll("dl").Count(dl => dl.QuerySelector("dt") is not null);
        if (terms >= 2)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"la page présente {terms} listes de définitions (dl) : prenez « \"item\": \"dl\" » (ou l'élément qui les entoure) et des champs par libellé (« label:Date limite » lit le dd qui suit le dt).");
        }

        var articles = body.QuerySelectorAll("article").Length;
        if (articles >= 2) return string.Create(CultureInfo.InvariantCulture, $"la page contient {articles} éléments « article » : essayez « \"item\": \"article\" ».");
        return listItems >= 2
            ? string.Create(CultureInfo.InvariantCulture, $"la page contient {listItems} éléments de liste (li) avec un lien : vérifiez le sélecteur, par exemple « \"item\": \"main li\" ».")
            : "aucune structure répétée (titres, tableau, liste) n'y a été reconnue : la page est peut-être remplie par JavaScript, ou l'adresse n'est pas celle de la liste.";
    }
}
