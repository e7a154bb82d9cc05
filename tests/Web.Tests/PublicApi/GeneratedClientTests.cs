using System.Text.Json;

namespace Plateforme.Web.Tests.PublicApi;

/// <summary>
/// A partner's TypeScript program, typed by the client openapi-typescript generates from /openapi/v1.json, compiles
/// with tsc in strict mode and reads the running app through every public operation (search, detail, suggestions,
/// reference lists, a 400 and a 404 problem).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class GeneratedClientTests(PlateformeApp app)
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task A_client_generated_from_the_document_compiles_and_calls_the_app()
    {
        await ClientTools.EnsureInstalledAsync();
        var folder = Directory.CreateTempSubdirectory("plateforme-client-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(Path.Combine(ClientTools.Folder, "client")))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }
            await File.WriteAllTextAsync(Path.Combine(folder, "openapi.json"), await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

            var generated = await ClientTools.RunAsync(ClientTools.Bin("openapi-typescript"), ["openapi.json", "-o", "api.d.ts"], folder);
            Assert.True(generated.Code == 0, "openapi-typescript failed:\n" + generated.Output);
            var types = await File.ReadAllTextAsync(Path.Combine(folder, "api.d.ts"));
            Assert.DoesNotContain("number | string", types, StringComparison.Ordinal);
            Assert.DoesNotContain("string | number", types, StringComparison.Ordinal);

            var compiled = await ClientTools.RunAsync(ClientTools.Bin("tsc"), ["-p", "tsconfig.json"], folder);
            Assert.True(compiled.Code == 0, "tsc refused the program written against the generated client:\n" + compiled.Output);

            var run = await ClientTools.RunAsync("node", [Path.Combine("out", "call-api.js"), client.BaseAddress!.ToString()], folder);
            Assert.True(run.Code == 0, "the generated client's program failed:\n" + run.Output);

            var read = JsonDocument.Parse(run.Output.Trim().Split('\n')[^1]).RootElement;
            var expected = await client.GetJsonAsync("/api/calls?status=ouvert&status=cloture-proche&sort=deadline&pageSize=5");
            Assert.Equal(expected.GetProperty("total").GetInt32(), read.GetProperty("total").GetInt32());
            Assert.Equal(5, read.GetProperty("hits").GetInt32());
            Assert.Equal(expected.GetProperty("hits")[0].GetProperty("slug").GetString(), read.GetProperty("firstSlug").GetString());
            Assert.True(read.GetProperty("detailMatches").GetBoolean());
            Assert.True(read.GetProperty("detailSources").GetInt32() >= 1);
            Assert.True(read.GetProperty("themes").GetInt32() > 5);
            Assert.Equal(["pageSize"], read.GetProperty("invalidParameters").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal(404, read.GetProperty("missingStatus").GetInt32());
            var experiences = await client.GetJsonAsync("/api/experiences?q=quartier");
            Assert.Equal(experiences.GetProperty("total").GetInt32(), read.GetProperty("experiencesTotal").GetInt32());
            Assert.True(read.GetProperty("sheetMatches").GetBoolean());
            Assert.Equal(["page"], read.GetProperty("invalidExperienceParameters").EnumerateArray().Select(e => e.GetString()));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
