using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.OpenApi;

namespace Plateforme.Web.Shared.OpenApi;

/// <summary>
/// Two OpenAPI documents: <c>/openapi/v1.json</c>, the public API a partner generates a client from, and
/// <c>/openapi/admin.json</c>, the administrators' API. Pages, account forms and other internal routes are in neither.
/// </summary>
public static class ApiDocuments
{
    public const string Public = "v1";
    public const string Admin = "admin";
    public const string PublicPath = "/openapi/v1.json";
    public const string AdminPath = "/openapi/admin.json";

    public static IHostApplicationBuilder AddApiDocuments(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        // The web defaults read numbers from JSON strings too, which the document then types "integer | string" and
        // no generated client can use: numbers are numbers, in and out.
        services.Configure<JsonOptions>(options => options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        services.Configure<OpenApiOptions>(Public, options =>
        {
            options.ShouldInclude = description => IsPublic(description.RelativePath);
            options.AddDocumentTransformer(new PublicDocumentInfo());
            options.AddOperationTransformer(new SearchParameterDocs());
            options.AddOperationTransformer(new PublicResponseDocs());
            options.AddSchemaTransformer(new ResponseSchemaRules());
        });
        services.AddOpenApi(Admin, options =>
        {
            options.ShouldInclude = description => IsAdmin(description.RelativePath);
            options.AddDocumentTransformer(new AdminDocumentInfo());
            options.AddOperationTransformer(new AdminResponseDocs());
            options.AddSchemaTransformer(new ResponseSchemaRules());
        });
        return builder;
    }

    internal static bool IsAdmin(string? relativePath) =>
        relativePath is not null && (relativePath.StartsWith("api/admin", StringComparison.OrdinalIgnoreCase)
            || relativePath.StartsWith("health/details", StringComparison.OrdinalIgnoreCase));

    internal static bool IsPublic(string? relativePath) =>
        relativePath is not null && relativePath.StartsWith("api/", StringComparison.OrdinalIgnoreCase) && !IsAdmin(relativePath);
}
