using System.Net;
using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.Lending;

/// <summary>The dashboards and documents refuse anonymous visitors (to the sign-in page); the statistics are public.</summary>
[Collection(DashboardCollection.Name)]
public sealed class LendingDashboardRouteTests(DashboardApp fixture)
{
    private readonly AccountsApp app = fixture.App;

    [Theory]
    [InlineData("/prets/mes-prets")]
    [InlineData("/prets/mes-campagnes/0199b1a0-0000-7000-8000-000000000001")]
    [InlineData("/prets/mes-campagnes/0199b1a0-0000-7000-8000-000000000001/modifier")]
    [InlineData("/prets/mes-prets/0199b1a0-0000-7000-8000-000000000001/contrat")]
    [InlineData("/prets/mes-prets/0199b1a0-0000-7000-8000-000000000001/fiche")]
    [InlineData("/prets/mes-prets/0199b1a0-0000-7000-8000-000000000001/contrat.pdf")]
    [InlineData("/prets/mes-prets/0199b1a0-0000-7000-8000-000000000001/fiche.pdf")]
    public async Task An_anonymous_visitor_is_sent_to_the_sign_in_page(string path)
    {
        using var visitor = app.NewVisitor();

        var page = await visitor.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.StartsWith("/compte/connexion?", page.Redirect, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString(path), page.Redirect, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posting_a_photo_or_removing_one_is_refused_to_an_anonymous_visitor()
    {
        using var visitor = app.NewVisitor();

        var added = await visitor.PostAsync("/prets/mes-campagnes/0199b1a0-0000-7000-8000-000000000001/photos", new Dictionary<string, string>());
        var removed = await visitor.PostAsync("/prets/photos/0199b1a0-0000-7000-8000-000000000001/retirer", new Dictionary<string, string>());

        Assert.NotEqual(HttpStatusCode.OK, added.Status);
        Assert.NotEqual(HttpStatusCode.OK, removed.Status);
        Assert.NotEqual(HttpStatusCode.InternalServerError, added.Status);
        Assert.NotEqual(HttpStatusCode.InternalServerError, removed.Status);
    }

    [Fact]
    public async Task A_signed_in_member_gets_not_found_for_a_loan_or_campaign_that_does_not_exist()
    {
        var (member, _) = await app.MemberAsync("Curieux");
        using var _ = member;

        var contract = await member.GetAsync("/prets/mes-prets/0199b1a0-0000-7000-8000-000000000001/contrat");
        var pdf = await member.GetAsync("/prets/mes-prets/0199b1a0-0000-7000-8000-000000000001/contrat.pdf");
        var dashboard = await member.GetAsync("/prets/mes-campagnes/0199b1a0-0000-7000-8000-000000000001");

        Assert.Equal(HttpStatusCode.NotFound, contract.Status);
        Assert.Equal(HttpStatusCode.NotFound, pdf.Status);
        Assert.Equal(HttpStatusCode.NotFound, dashboard.Status);
    }

    [Fact]
    public async Task Editing_a_campaign_that_does_not_exist_shows_the_French_not_found_page()
    {
        var (member, _) = await app.MemberAsync("Curieuse");
        using var _ = member;

        var page = await member.GetAsync("/prets/mes-campagnes/0199b1a0-0000-7000-8000-000000000001/modifier");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Page introuvable", page.Html.QuerySelector("[data-testid=not-found] h1")?.TextContent.Trim());
        Assert.DoesNotContain("Exception", page.Text, StringComparison.Ordinal);
    }
}
