using Microsoft.AspNetCore.Http.HttpResults;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Indexing;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Query;
using Plateforme.Web.Shared.RateLimits;

namespace Plateforme.Web.Calls.Api;

public static class CallsApi
{
    public const int MaxPrefixLength = 100;

    public static IEndpointRouteBuilder MapCallsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/calls").WithTags("Appels à projets").AsPublicApi();

        group.MapGet("/", Search)
            .WithName("SearchCalls")
            .WithSummary("Recherche plein texte et filtres sur les appels publiés, avec les facettes.")
            .WithDescription("Filtres (valeurs listées par /api/reference/{liste}) : q, territory, beneficiary, theme, aidType, funder, status, "
                + "recurrence, public (public visé : jeunes, seniors…), destination (type de dépenses : fonctionnement, investissement), "
                + "deadlineFrom, deadlineTo, amountMin, amountMax ; tri : sort ; pages : page, pageSize. Avec un filtre beneficiary ou public, "
                + "les appels qui ne le précisent pas (aucun bénéficiaire ou aucun public indiqué) suivent ceux qui correspondent, marqués "
                + "publicUnstated, comptés dans total et unstatedTotal mais dans aucune facette ; unstated=exclude les retire. Quand le texte q trouve peu "
                + "d'appels contenant tous ses mots, les « résultats approchants » (la plupart des mots) suivent, marqués isApproximate et comptés par "
                + "approximateCount ; approximate=exclude les retire.");
        group.MapGet("/suggest", Suggest)
            .WithName("SuggestCalls")
            .WithSummary("Suggestions d'autocomplétion (titres, financeurs, thématiques) pour un début de saisie.");
        group.MapGet("/{id}", Get)
            .WithName("GetCall")
            .WithSummary("Un appel publié, par identifiant ou par slug, avec toutes ses sources.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<CallListResponse>, ValidationProblem>> Search(
        HttpRequest request, CallSearchParser parser, FilterVocabulary vocabulary, ISearchIndex index, CallResponses responses,
        CancellationToken cancellationToken)
    {
        await vocabulary.EnsureKnownAsync(CallSearchParser.RequestedFunders(request.Query), cancellationToken);
        var parsed = parser.Parse(request.Query);
        if (!parsed.IsValid)
        {
            return TypedResults.ValidationProblem(parsed.Errors, ApiMessages.ValidationDetail, title: ApiMessages.ValidationTitle);
        }
        var result = index.Search(parsed.Query);
        return TypedResults.Ok(responses.List(parsed.Query, result));
    }

    private static Results<Ok<IReadOnlyList<Suggestion>>, ValidationProblem> Suggest(string? prefix, ISearchIndex index)
    {
        if (string.IsNullOrWhiteSpace(prefix))
        {
            return Invalid("prefix", ApiMessages.PrefixRequired);
        }
        if (prefix.Length > MaxPrefixLength)
        {
            return Invalid("prefix", string.Format(System.Globalization.CultureInfo.CurrentCulture, ApiMessages.PrefixTooLong, MaxPrefixLength));
        }
        return TypedResults.Ok(index.Suggest(prefix.Trim(), 10));
    }

    private static async Task<Results<Ok<CallDetailResponse>, ProblemHttpResult>> Get(
        string id, PublishedCalls catalogue, CallDetails details, CancellationToken cancellationToken)
    {
        var call = await catalogue.FindAsync(id, cancellationToken);
        if (call is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: ApiMessages.CallNotFoundTitle,
                detail: string.Format(System.Globalization.CultureInfo.CurrentCulture, ApiMessages.CallNotFoundDetail, id.Length <= 80 ? id : id[..80]));
        }
        return TypedResults.Ok(details.Describe(call));
    }

    private static ValidationProblem Invalid(string parameter, string message) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [parameter] = [message] },
            ApiMessages.ValidationDetail,
            title: ApiMessages.ValidationTitle);
}
