using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Plateforme.Web.Shared.OpenApi;

/// <summary>Every administrators' operation answers 401 without a session and 403 without the role, as problems.</summary>
internal sealed class AdminResponseDocs : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        // An endpoint mapped without a summary still gets one: a client generator names and documents methods by it.
        operation.Summary ??= operation.OperationId is { } id ? $"Opération d'administration {id}." : "Opération d'administration.";
        await ProblemResponses.AddAsync(operation, context, "401", "Aucune session : se connecter comme administrateur.", cancellationToken);
        await ProblemResponses.AddAsync(operation, context, "403", "La session n'a pas le rôle d'administrateur.", cancellationToken);
    }
}
