using System.Net;
using Plateforme.Web.Tests.Accounts;
using Plateforme.Web.Tests.Experiences;

namespace Plateforme.Web.Tests.Opportunities;

/// <summary>
/// The workspace is a team's own: anonymous visitors are sent to sign in, members of another organisation get 403 on
/// every page and every button (and change nothing), an unknown file is 404, a person without a team is told how to get one.
/// </summary>
[Collection(ExperiencesCollection.Name)]
public sealed class OpportunityRouteTests(AccountsApp app)
{
    private const string SomeFile = "0199b1a0-0000-7000-8000-0000000000aa";

    [Theory]
    [InlineData("/opportunites")]
    [InlineData("/opportunites/nouvelle")]
    [InlineData("/opportunites/" + SomeFile)]
    [InlineData("/opportunites/" + SomeFile + "/modifier")]
    [InlineData("/opportunites/" + SomeFile + "/imprimer")]
    public async Task An_anonymous_visitor_is_sent_to_the_sign_in_page(string path)
    {
        using var visitor = app.NewVisitor();

        var page = await visitor.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal("/compte/connexion?retour=" + Uri.EscapeDataString(path), page.Redirect);
    }

    [Theory]
    [InlineData("statut")]
    [InlineData("epingler")]
    [InlineData("desepingler")]
    [InlineData("publier-experience")]
    [InlineData("lancer-campagne")]
    public async Task An_anonymous_post_changes_nothing(string action)
    {
        using var visitor = app.NewVisitor();

        var posted = await visitor.PostAsync($"/opportunites/{SomeFile}/{action}", new Dictionary<string, string> { ["status"] = "Project" });

        Assert.NotEqual(HttpStatusCode.OK, posted.Status);
        Assert.True(posted.Redirect?.StartsWith("/compte/connexion", StringComparison.Ordinal) == true || (int)posted.Status >= 400, $"{action} answered {posted.Status}");
    }

    [Fact]
    public async Task A_member_of_another_organisation_can_neither_read_nor_change_a_file()
    {
        using var owner = await app.MemberOfNewStructureAsync("proprietaire");
        var id = await owner.NewFileAsync("Une opportunité gardée pour l'équipe");
        using var stranger = await app.MemberOfNewStructureAsync("curieux");
        var token = (await stranger.GetAsync("/opportunites/nouvelle")).Html.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var pages = new[] { $"/opportunites/{id}", $"/opportunites/{id}/modifier", $"/opportunites/{id}/imprimer" };
        var answers = new List<HttpStatusCode>();
        foreach (var path in pages) answers.Add((await stranger.GetAsync(path)).Status);
        var list = await stranger.GetAsync("/opportunites");
        var posts = new List<HttpStatusCode>();
        foreach (var action in new[] { "statut", "publier-experience", "lancer-campagne" })
            posts.Add((await stranger.PostAsync($"/opportunites/{id}/{action}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["status"] = "Abandoned" })).Status);
        var edit = await stranger.PostAsync($"/opportunites/{id}/modifier", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["_handler"] = "opportunity-file", ["Input.Title"] = "Détournée", ["Input.Kind"] = "Wasteland", ["Input.Place"] = "Lille" });
        var unchanged = await owner.GetAsync($"/opportunites/{id}");

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.Forbidden, status));
        Assert.DoesNotContain(list.Html.QuerySelectorAll("[data-testid=opportunity-item]"), item => item.GetAttribute("data-id") == id.ToString());
        Assert.All(posts, status => Assert.Equal(HttpStatusCode.Forbidden, status));
        Assert.NotEqual(HttpStatusCode.OK, edit.Status);
        Assert.Equal("Une opportunité gardée pour l'équipe", unchanged.Html.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Repérée", unchanged.Html.QuerySelector("[data-testid=status]")!.TextContent.Trim());
        Assert.Single(unchanged.Html.QuerySelectorAll("[data-testid=history-item]"));
    }

    [Fact]
    public async Task An_unknown_file_is_not_found()
    {
        using var member = await app.MemberOfNewStructureAsync("perdu");

        var page = await member.GetAsync($"/opportunites/{SomeFile}");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }

    [Fact]
    public async Task A_person_without_a_team_is_told_how_to_get_one()
    {
        using var loner = await app.SignedInMemberAsync(AccountFlows.NewEmail("seul"));

        var list = await loner.GetAsync("/opportunites");
        var form = await loner.GetAsync("/opportunites/nouvelle");

        Assert.NotNull(list.Html.QuerySelector("[data-testid=opportunity-no-team]"));
        Assert.Null(form.Html.QuerySelector("[data-testid=opportunity-form]"));
        Assert.NotNull(form.Html.QuerySelector("a[href='/compte/organisations/nouvelle']"));
    }
}
