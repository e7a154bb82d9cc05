using System.Net;
using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.Experiences;

/// <summary>The experiences' writing and moderation pages refuse anonymous visitors, members without the role, and other structures.</summary>
[Collection(ExperiencesCollection.Name)]
public sealed class ExperienceRouteTests(AccountsApp app)
{
    private const string SomeSheet = "0199b1a0-0000-7000-8000-000000000001";

    [Theory]
    [InlineData("/experiences/mes-fiches")]
    [InlineData("/experiences/nouvelle")]
    [InlineData("/experiences/fiches/" + SomeSheet + "/modifier")]
    [InlineData("/experiences/fiches/" + SomeSheet + "/historique")]
    [InlineData("/moderation/experiences")]
    [InlineData("/moderation/experiences/" + SomeSheet)]
    [InlineData("/admin/experiences/import")]
    public async Task An_anonymous_visitor_is_sent_to_the_sign_in_page(string path)
    {
        using var visitor = app.NewVisitor();

        var page = await visitor.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal("/compte/connexion?retour=" + Uri.EscapeDataString(path), page.Redirect);
    }

    [Theory]
    [InlineData("/moderation/experiences")]
    [InlineData("/moderation/experiences/" + SomeSheet)]
    [InlineData("/admin/experiences/import")]
    public async Task The_moderation_pages_are_forbidden_to_a_member(string path)
    {
        using var member = await app.MemberOfNewStructureAsync("membre");

        var page = await member.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
    }

    [Fact]
    public async Task A_member_of_another_structure_can_neither_edit_nor_read_the_history_of_a_draft()
    {
        using var author = await app.MemberOfNewStructureAsync("autrice");
        var saved = await author.SubmitAsync("/experiences/nouvelle", "experience-form", ExperienceArrange.SheetFields("Un brouillon gardé pour soi", submit: false));
        var mine = await author.GetAsync(saved.Redirect!);
        var id = mine.Html.QuerySelector("[data-testid=mine-item]")!.GetAttribute("data-id");
        using var stranger = await app.MemberOfNewStructureAsync("voisin");

        var editor = await stranger.GetAsync($"/experiences/fiches/{id}/modifier");
        var history = await stranger.GetAsync($"/experiences/fiches/{id}/historique");
        var posted = await stranger.PostAsync($"/experiences/fiches/{id}/modifier", new Dictionary<string, string> { ["_handler"] = "experience-sheet", ["Input.Title"] = "Détournée" });

        Assert.Equal(HttpStatusCode.Forbidden, editor.Status);
        Assert.NotNull(editor.Html.QuerySelector("[data-testid=editor-forbidden]"));
        Assert.Equal(HttpStatusCode.Forbidden, history.Status);
        Assert.NotEqual(HttpStatusCode.OK, posted.Status);
        var stillMine = await author.GetAsync($"/experiences/fiches/{id}/modifier");
        Assert.Equal("Un brouillon gardé pour soi", stillMine.Html.QuerySelector("#titre")!.GetAttribute("value"));
    }
}
