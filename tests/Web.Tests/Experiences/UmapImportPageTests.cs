using System.Net;
using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.Experiences;

/// <summary>An administrator uploads a uMap export, sees what becomes drafts and the duplicates, then confirms.</summary>
[Collection(ExperiencesCollection.Name)]
public sealed class UmapImportPageTests(AccountsApp app)
{
    private const string Export = """
        {"type":"FeatureCollection","features":[
          {"type":"Feature","geometry":{"type":"Point","coordinates":[3.523,50.357]},"properties":{"name":"Wimoov","description":"**Mobilité**"}},
          {"type":"Feature","geometry":{"type":"Point","coordinates":[2.301,49.919]},"properties":{"name":"Repair café des Coursives","description":"Réparer ensemble.\n[[https://exemple.fr/repair|Le repair café]]"}}
        ],"_umap_options":{"name":"Club Dév Eco"}}
        """;

    [Fact]
    public async Task The_preview_points_out_the_duplicate_and_confirming_creates_the_other_draft()
    {
        using var admin = await app.ModeratorAsync();
        var form = await admin.GetAsync("/admin/experiences/import");
        var token = form.Html.QuerySelector("form[data-testid=preview-form] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("umap-preview"), "_handler" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(Export)), "export", "club-dev-eco.geojson" },
        };
        using var response = await admin.Http.PostAsync("/admin/experiences/import", upload);
        var preview = await AccountClient.Page.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, preview.Status);
        var items = preview.Html.QuerySelectorAll("[data-testid=preview-item]");
        Assert.Equal(["true", "false"], items.Select(i => i.GetAttribute("data-duplicate")));
        var confirm = preview.Html.QuerySelector("form[data-testid=confirm-form]")!;
        var confirmed = await admin.PostAsync("/admin/experiences/import", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = confirm.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["_handler"] = "umap-confirm",
            ["Export"] = confirm.QuerySelector("input[name=Export]")!.GetAttribute("value")!,
        });

        Assert.StartsWith("1 brouillons créés", confirmed.Message, StringComparison.Ordinal);
        var mine = await admin.GetAsync("/experiences/mes-fiches");
        Assert.Contains(mine.Html.QuerySelectorAll("[data-testid=mine-item]"), i => i.TextContent.Contains("Repair café des Coursives", StringComparison.Ordinal));
    }
}
