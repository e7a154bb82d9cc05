using System.Net;
using System.Text.Json;
using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.Experiences;

/// <summary>A member drafts and submits a sheet through the pages, a moderator publishes it, the public finds it.</summary>
[Collection(ExperiencesCollection.Name)]
public sealed class ExperienceJourneyTests(AccountsApp app)
{
    [Fact]
    public async Task A_submitted_sheet_is_public_only_once_a_moderator_publishes_it_and_its_history_shows_each_step()
    {
        using var member = await app.MemberOfNewStructureAsync("redactrice");
        var title = "Une conciergerie solidaire " + Guid.NewGuid().ToString("N")[..6];

        var saved = await member.SubmitAsync("/experiences/nouvelle", "experience-form", ExperienceArrange.SheetFields(title, submit: true));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var mine = await member.GetAsync(saved.Redirect!);
        Assert.Equal("La fiche est enregistrée.", mine.Message);
        var item = mine.Html.QuerySelectorAll("[data-testid=mine-item]").Single(i => i.TextContent.Contains(title, StringComparison.Ordinal));
        Assert.Equal("En attente de publication", item.QuerySelector("[data-testid=mine-state]")!.TextContent);
        var id = item.GetAttribute("data-id");
        using var visitor = app.NewVisitor();
        Assert.Equal(0, await FoundAsync(visitor, "conciergerie solidaire"));

        using var moderator = await app.ModeratorAsync();
        var queue = await moderator.GetAsync("/moderation/experiences");
        Assert.Contains(queue.Html.QuerySelectorAll("[data-testid=queue-item]"), i => i.GetAttribute("data-id") == id);
        var published = await moderator.SubmitAsync($"/moderation/experiences/{id}", "publish-form", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, published.Status);

        Assert.Equal(1, await FoundAsync(visitor, "conciergerie solidaire"));
        var api = JsonDocument.Parse(await visitor.Http.GetStringAsync("/api/experiences?q=conciergerie%20solidaire")).RootElement.GetProperty("items")[0];
        Assert.Equal("com:59512", api.GetProperty("territory").GetString());
        Assert.Equal(50.6942, api.GetProperty("latitude").GetDouble());
        Assert.False(api.TryGetProperty("contacts", out var contacts) && contacts.ValueKind != JsonValueKind.Null);
        var sheet = await visitor.GetAsync(api.GetProperty("url").GetString()!);
        Assert.Equal(title, sheet.Html.QuerySelector("h1")!.TextContent);
        Assert.Contains("Roubaix (Nord) — L'Alma", sheet.Html.QuerySelector("[data-testid=sheet-place]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(sheet.Html.QuerySelector("[data-testid=contacts-withheld]"));
        Assert.DoesNotContain("Jeanne Martin", sheet.Text, StringComparison.Ordinal);
        var history = await member.GetAsync($"/experiences/fiches/{id}/historique");
        Assert.Equal(["Created", "Submitted", "Published"], history.Html.QuerySelectorAll("[data-testid=history-item]").Select(i => i.GetAttribute("data-kind")));
    }

    [Fact]
    public async Task A_sheet_with_an_unknown_place_gets_a_french_message_and_is_not_saved()
    {
        using var member = await app.MemberOfNewStructureAsync("presse");
        var fields = ExperienceArrange.SheetFields("Une fiche sans lieu connu", submit: false);
        fields["Input.Place"] = "Atlantide";

        var page = await member.SubmitAsync("/experiences/nouvelle", "experience-form", fields);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.StartsWith("Indiquez la commune de l'expérience", page.Message, StringComparison.Ordinal);
        var mine = await member.GetAsync("/experiences/mes-fiches");
        Assert.NotNull(mine.Html.QuerySelector("[data-testid=mine-empty]"));
    }

    private static async Task<int> FoundAsync(AccountClient visitor, string words)
    {
        var json = await visitor.Http.GetStringAsync("/api/experiences?q=" + Uri.EscapeDataString(words));
        return JsonDocument.Parse(json).RootElement.GetProperty("total").GetInt32();
    }
}
