using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Plateforme.Search.Reference;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Query;
using Plateforme.Web.Shared.RateLimits;

namespace Plateforme.Web.Calls.Reference;

public static class ReferenceApi
{
    public const int MaxTerritories = 50;

    private static readonly string[] Lists = ["themes", "territories", "beneficiaries", "aid-types", "statuses", "recurrences", "funders", "destinations", "publics", "programmes"];

    public static IEndpointRouteBuilder MapReferenceApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reference/{list}", Get)
            .WithTags("Référentiels")
            .AsPublicApi()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                // The list names are the path's only values: say so, so that a generated client offers them.
                var list = operation.Parameters?.OfType<Microsoft.OpenApi.OpenApiParameter>().FirstOrDefault(p => p.Name == "list");
                if (list is not null)
                {
                    list.Schema = new Microsoft.OpenApi.OpenApiSchema { Type = Microsoft.OpenApi.JsonSchemaType.String, Enum = [.. Lists.Select(l => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(l))] };
                }
                return Task.CompletedTask;
            })
            .WithName("GetReferenceList")
            .WithSummary("Les valeurs acceptées par chaque filtre de recherche, avec leur libellé français. "
                + "Pour les territoires, q cherche une commune, un EPCI, un département ou une région par nom, code postal ou code INSEE.");
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<ReferenceValue>>, ProblemHttpResult>> Get(
        string list, string? q, FilterVocabulary vocabulary, CancellationToken cancellationToken)
    {
        switch (list)
        {
            case "themes":
                return TypedResults.Ok<IReadOnlyList<ReferenceValue>>([.. vocabulary.Taxonomy.All.Select(t => new ReferenceValue(t.Slug, t.Label, t.Description)
                {
                    Children = [.. t.SubThemes.Select(s => new ReferenceValue(s.Slug, s.Label))],
                })]);
            case "territories":
                return TypedResults.Ok(Territories(vocabulary.Territories, q));
            case "beneficiaries":
                return TypedResults.Ok(From(vocabulary.Lists.Beneficiaries));
            case "aid-types":
                return TypedResults.Ok(From(vocabulary.Lists.AidTypes));
            case "statuses":
                return TypedResults.Ok(From(vocabulary.Lists.Statuses));
            case "recurrences":
                return TypedResults.Ok(From(vocabulary.Lists.Recurrences));
            case "destinations":
                return TypedResults.Ok(From(vocabulary.Lists.Destinations));
            case "publics":
                return TypedResults.Ok(From(vocabulary.Lists.Publics));
            case "programmes":
                return TypedResults.Ok(From(ProgrammeList.Default));
            case "funders":
                await vocabulary.RefreshFundersAsync(cancellationToken);
                return TypedResults.Ok<IReadOnlyList<ReferenceValue>>([.. vocabulary.FunderValues.Select(f => new ReferenceValue(f.Value, f.Label))]);
            default:
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status404NotFound,
                    title: ApiMessages.UnknownReferenceListTitle,
                    detail: string.Format(CultureInfo.CurrentCulture, ApiMessages.UnknownReferenceListDetail, string.Join(", ", Lists)));
        }
    }

    private static IReadOnlyList<ReferenceValue> From(ReferenceList list) =>
        [.. list.Items.Select(i => new ReferenceValue(i.Slug, i.Label, i.Description, i.Group))];

    /// <summary>Without text, the régions and départements (a short list a form can show); with text, a search.</summary>
    private static IReadOnlyList<ReferenceValue> Territories(TerritoryDirectory directory, string? text)
    {
        var found = string.IsNullOrWhiteSpace(text)
            ? [.. directory.AllOf(TerritoryLevel.National), .. directory.AllOf(TerritoryLevel.Region), .. directory.AllOf(TerritoryLevel.Departement)]
            : directory.Suggest(text.Length > 100 ? text[..100] : text, MaxTerritories);
        return [.. found.Select(t => new ReferenceValue(t.Code.ToString(), t.Name, Describe(directory, t), LevelName(t.Level))
        {
            Children = [.. directory.AncestorsOf(t.Code).Select(a => new ReferenceValue(a.ToString(), directory.Label(a)))],
        })];
    }

    private static string? Describe(TerritoryDirectory directory, Territory territory) =>
        territory.Level == TerritoryLevel.Commune && territory.Departement is { } dep
            ? $"{directory.Label(dep)} ({dep.Code})"
            : null;

    private static string LevelName(TerritoryLevel level) => level switch
    {
        TerritoryLevel.Commune => "commune",
        TerritoryLevel.Epci => "epci",
        TerritoryLevel.Departement => "departement",
        TerritoryLevel.Region => "region",
        TerritoryLevel.National => "national",
        _ => "europe",
    };
}
