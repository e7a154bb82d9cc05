using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Plateforme.Web.Shared.RateLimits;

namespace Plateforme.Web.Shared.OpenApi;

/// <summary>Every public operation counts against the quota: its headers on each answer, and the 429 beyond it.</summary>
internal sealed class PublicResponseDocs : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        await ProblemResponses.AddAsync(operation, context, "429",
            "Quota dépassé : réessayer après le nombre de secondes de Retry-After (ou demander une clé de partenaire).", cancellationToken);
        foreach (var (status, response) in operation.Responses!)
        {
            if (response is not OpenApiResponse concrete) continue;
            concrete.Headers ??= new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal);
            concrete.Headers[PublicApiQuota.LimitHeader] = ProblemResponses.IntegerHeader("Requêtes permises dans la fenêtre.");
            concrete.Headers[PublicApiQuota.RemainingHeader] = ProblemResponses.IntegerHeader("Requêtes restantes dans la fenêtre.");
            concrete.Headers[PublicApiQuota.ResetHeader] = ProblemResponses.IntegerHeader("Secondes avant la prochaine fenêtre.");
            if (status == "429")
            {
                concrete.Headers["Retry-After"] = ProblemResponses.IntegerHeader("Secondes à attendre avant de réessayer.");
            }
        }
    }
}
