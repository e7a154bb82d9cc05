using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Plateforme.Search.Indexing;
using Plateforme.Web.Shared.Query;

namespace Plateforme.Web.Shared.OpenApi;

/// <summary>
/// The query parameters of GET /api/calls: the handler reads them by hand through <see cref="CallSearchParser"/> (the one
/// grammar of pages, API, feeds and alerts), so the document would list none; this says each one's type and values.
/// </summary>
internal sealed class SearchParameterDocs() : QueryParameterDocs(OperationId)
{
    public const string OperationId = "SearchCalls";

    protected override IEnumerable<OpenApiParameter> Parameters()
    {
        yield return Text("q", "Texte libre, cherché en français (accents, pluriels et fautes de frappe tolérés). Sans q, tous les appels.", CallSearchParser.MaxTextLength);
        yield return List(FacetNames.Territory, "Territoires, codes « niveau:code » (nat:fr, reg:32, dep:80, epci:200070993, com:80021) : un appel couvrant un territoire englobant correspond aussi.", "territories", "^(com|epci|dep|reg|nat|eu):[0-9A-Za-z]{1,12}$");
        yield return List(FacetNames.Beneficiary, "Bénéficiaires (association, commune, entreprise…).", "beneficiaries");
        yield return List(FacetNames.Theme, "Thématiques ou sous-thématiques.", "themes");
        yield return List(FacetNames.AidType, "Natures d'aide (subvention, prêt…).", "aid-types");
        yield return List(FacetNames.Funder, "Financeurs, par leur identifiant.", "funders");
        yield return Enumerated(FacetNames.Status, "Statuts, calculés chaque jour (Europe/Paris) à partir des dates.", "statuses",
            [.. Enum.GetValues<CallStatus>().Select(s => s.ToSlug())]);
        yield return List(FacetNames.Recurrence, "Récurrence (annuelle, permanente, ponctuelle).", "recurrences");
        yield return List(FacetNames.Public, "Publics visés (jeunes, seniors…).", "publics");
        yield return List(FacetNames.Destination, "Types de dépenses financées (fonctionnement, investissement).", "destinations");
        yield return List(FacetNames.Programme, "Programmes nommés par les sources (tout identifiant bien formé est accepté).", "programmes", "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$");
        yield return Single(SearchFilters.DeadlineFrom, "Date limite au plus tôt (incluse), AAAA-MM-JJ.", new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" });
        yield return Single(SearchFilters.DeadlineTo, "Date limite au plus tard (incluse), AAAA-MM-JJ ; pas avant deadlineFrom.", new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" });
        yield return Single(SearchFilters.AmountMin, "Montant minimal en euros (au plus deux décimales, point décimal) : l'aide peut atteindre ce montant.", Euros());
        yield return Single(SearchFilters.AmountMax, "Montant maximal en euros (au plus deux décimales) ; pas moins que amountMin.", Euros());
        yield return Single("sort", "Tri : pertinence, date limite la plus proche (ouverts d'abord) ou les plus récents.",
            new OpenApiSchema { Type = JsonSchemaType.String, Enum = Nodes("relevance", "deadline", "newest"), Default = JsonValue.Create("relevance") });
        yield return Single("page", "Page, à partir de 1.", Integer(1, CallSearchParser.MaxPage, 1));
        yield return Single("pageSize", "Résultats par page.", Integer(1, CallSearchParser.MaxPageSize, SearchFilters.DefaultPageSize));
        yield return Single(SearchFilters.Unstated, "Avec un filtre beneficiary ou public : include (défaut) liste ensuite les appels qui ne précisent pas leur public, exclude les retire.",
            new OpenApiSchema { Type = JsonSchemaType.String, Enum = Nodes(SearchFilters.UnstatedInclude, SearchFilters.UnstatedExclude), Default = JsonValue.Create(SearchFilters.UnstatedInclude) });
        yield return Single(CallSearchParser.ApproximateParameter, "Résultats approchants. Quand une recherche plein texte (q, tous les mots exigés) trouve moins de "
            + $"{SearchQuery.ApproximateBelow} appels, include (défaut) ajoute après eux les appels qui contiennent la plupart des mots, rangés par nombre de mots trouvés, "
            + "chacun marqué isApproximate (approximateCount les compte) ; exclude ne renvoie que les appels qui contiennent tous les mots.",
            new OpenApiSchema { Type = JsonSchemaType.String, Enum = Nodes(CallSearchParser.ApproximateInclude, CallSearchParser.ApproximateExclude), Default = JsonValue.Create(CallSearchParser.ApproximateInclude) });
    }

    private static OpenApiParameter Text(string name, string description, int maxLength) =>
        Single(name, description, new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = maxLength });


    /// <summary>A filter taking several values: repeated (theme=a&amp;theme=b) or comma-separated (theme=a,b).</summary>
    private static OpenApiParameter List(string name, string description, string referenceList, string? pattern = null) => new()
    {
        Name = name,
        In = ParameterLocation.Query,
        Description = $"{description} Valeurs acceptées : GET /api/reference/{referenceList}. Plusieurs valeurs : paramètre répété ou séparées par des virgules ; un appel correspond s'il a l'une d'elles.",
        Style = ParameterStyle.Form,
        Explode = true,
        Schema = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = pattern } },
    };

    private static OpenApiParameter Enumerated(string name, string description, string referenceList, IList<JsonNode> values)
    {
        var parameter = List(name, description, referenceList);
        parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String, Enum = values } };
        return parameter;
    }

    private static OpenApiSchema Euros() => new()
    {
        Type = JsonSchemaType.Number,
        Minimum = "0",
        Maximum = "1000000000",
        MultipleOf = 0.01m,
    };


    private static List<JsonNode> Nodes(params string[] values) => Nodes(values.AsEnumerable());
}
