using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Plateforme.Web.Shared.OpenApi;

/// <summary>
/// The query parameters of one operation whose handler reads the query string by hand (through the one parser its
/// pages share), so the document would list none: a subclass names the operation and says each parameter's type and
/// values, for a client generated from the document.
/// </summary>
public abstract class QueryParameterDocs(string operationId) : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (operation.OperationId != operationId) return Task.CompletedTask;
        operation.Parameters ??= [];
        foreach (var parameter in Parameters()) operation.Parameters.Add(parameter);
        return Task.CompletedTask;
    }

    protected abstract IEnumerable<OpenApiParameter> Parameters();

    protected static OpenApiParameter Single(string name, string description, OpenApiSchema schema) => new()
    {
        Name = name,
        In = ParameterLocation.Query,
        Description = description,
        Schema = schema,
    };

    protected static OpenApiSchema Integer(int minimum, int maximum, int fallback) => new()
    {
        Type = JsonSchemaType.Integer,
        Format = "int32",
        Minimum = minimum.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Maximum = maximum.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Default = JsonValue.Create(fallback),
    };

    protected static List<JsonNode> Nodes(IEnumerable<string> values) => [.. values.Select(v => (JsonNode)JsonValue.Create(v))];
}
