using System.Net;
using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.CallModeration;

/// <summary>
/// Every page of the funders' calls and of their moderation refuses anonymous visitors (to the sign-in page),
/// people outside the organisation and members who are not moderators (403).
/// </summary>
[Collection(CallModerationCollection.Name)]
public sealed class CallModerationRouteTests(AccountsApp app)
{
    private const string SomeOrganisation = "0199b1a0-0000-7000-8000-000000000001";
    private const string SomeCall = "0199b1a0-0000-7000-8000-0000000000c1";

    public static TheoryData<string> AllRoutes() =>
    [
        "/mes-appels",
        $"/organisations/{SomeOrganisation}/appels",
        $"/organisations/{SomeOrganisation}/appels/nouveau",
        $"/organisations/{SomeOrganisation}/appels/{SomeCall}",
        "/moderation/appels",
        $"/moderation/appels/{SomeCall}",
        "/moderation/appels/modifications/1",
        "/moderation/journal",
    ];

    public static TheoryData<string> ModerationRoutes() =>
    [
        "/moderation/appels",
        $"/moderation/appels/{SomeCall}",
        "/moderation/appels/modifications/1",
        "/moderation/journal",
    ];

    [Theory]
    [MemberData(nameof(AllRoutes))]
    public async Task An_anonymous_visitor_is_sent_to_the_sign_in_page_with_the_return_address(string path)
    {
        using var visitor = app.NewVisitor();

        var page = await visitor.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal("/compte/connexion?retour=" + Uri.EscapeDataString(path), page.Redirect);
    }

    [Theory]
    [MemberData(nameof(AllRoutes))]
    public async Task An_anonymous_post_is_refused(string path)
    {
        using var visitor = app.NewVisitor();

        var page = await visitor.PostAsync(path, new Dictionary<string, string> { ["_handler"] = "approve-call" });

        Assert.True(page.Status is HttpStatusCode.Redirect or HttpStatusCode.BadRequest, $"{path} answered {page.Status}");
        Assert.NotEqual(HttpStatusCode.OK, page.Status);
    }

    [Theory]
    [MemberData(nameof(ModerationRoutes))]
    public async Task A_member_who_is_not_a_moderator_is_forbidden(string path)
    {
        using var funder = await app.FunderAsync();

        var page = await funder.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
    }

    [Fact]
    public async Task The_pages_of_an_organisations_calls_are_forbidden_to_members_of_other_organisations()
    {
        using var owner = await app.FunderAsync();
        using var stranger = await app.FunderAsync();
        var callId = await owner.SubmitCallAsync(CallModerationArrange.Unique("Appel privé"), "enregistrer");

        var list = await stranger.Client.GetAsync(owner.CallsPath);
        var form = await stranger.Client.GetAsync(owner.NewCallPath);
        var call = await stranger.Client.GetAsync($"{owner.CallsPath}/{callId}");
        var post = await stranger.Client.PostAsync(owner.NewCallPath, CallModerationArrange.CallFields("Intrus"));
        var own = await owner.Client.GetAsync($"{owner.CallsPath}/{callId}");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (list.Status, form.Status, call.Status));
        Assert.NotEqual(HttpStatusCode.OK, post.Status);
        Assert.Equal(HttpStatusCode.OK, own.Status);
    }

    [Fact]
    public async Task The_seeded_administrator_reaches_the_moderation_pages()
    {
        using var moderator = await app.ModeratorAsync();

        var queue = await moderator.GetAsync("/moderation/appels");
        var journal = await moderator.GetAsync("/moderation/journal");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (queue.Status, journal.Status));
    }
}
