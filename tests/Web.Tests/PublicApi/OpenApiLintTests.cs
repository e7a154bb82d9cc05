namespace Plateforme.Web.Tests.PublicApi;

/// <summary>Both OpenAPI documents pass Redocly's recommended rules with no error, as a client developer's CI would check.</summary>
[Collection(AppCollection.Name)]
public sealed class OpenApiLintTests(PlateformeApp app)
{
    private readonly HttpClient client = app.CreateClient();

    [Theory]
    [InlineData("/openapi/v1.json")]
    [InlineData("/openapi/admin.json")]
    public async Task The_document_lints_without_error(string path)
    {
        await ClientTools.EnsureInstalledAsync();
        var folder = Directory.CreateTempSubdirectory("plateforme-lint-").FullName;
        try
        {
            var file = Path.Combine(folder, "openapi.json");
            await File.WriteAllTextAsync(file, await client.GetStringAsync(new Uri(path, UriKind.Relative)));

            var (code, output) = await ClientTools.RunAsync(ClientTools.Bin("redocly"), ["lint", file, "--format=stylish"], folder);

            Assert.True(code == 0, "redocly lint found errors in " + path + ":\n" + output);
            Assert.DoesNotContain(" error ", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
