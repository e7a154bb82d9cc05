using System.Reflection;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Plateforme.Web.Shared.OpenApi;

/// <summary>
/// What a client generator needs from each schema of ours: every property that is never omitted listed as required
/// (nulls are not written, so only nullable ones may be absent), and HTML fields marked as HTML.
/// </summary>
internal sealed class ResponseSchemaRules : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (context.JsonPropertyInfo is null && type.Namespace?.StartsWith("Plateforme.", StringComparison.Ordinal) == true
            && schema.Properties is { Count: > 0 } properties)
        {
            schema.Required ??= new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in context.JsonTypeInfo.Properties)
            {
                if (property.AttributeProvider is PropertyInfo info && !IsNullable(info) && properties.ContainsKey(property.Name))
                {
                    schema.Required.Add(property.Name);
                }
            }
        }

        if (context.JsonPropertyInfo is { } json)
        {
            if (json.Name == "snippet")
            {
                schema.ContentMediaType = "text/html";
                schema.Description = "Extrait HTML (texte échappé) où les mots trouvés sont entourés de <mark>…</mark> ; absent sans recherche textuelle.";
            }
            else if (json.Name.EndsWith("Html", StringComparison.Ordinal))
            {
                schema.ContentMediaType = "text/html";
                schema.Description ??= "HTML assaini (liens, listes, paragraphes ; aucun script).";
            }
        }
        return Task.CompletedTask;
    }

    private static bool IsNullable(PropertyInfo property) =>
        Nullable.GetUnderlyingType(property.PropertyType) is not null
        || (!property.PropertyType.IsValueType && new NullabilityInfoContext().Create(property).ReadState != NullabilityState.NotNull);
}
