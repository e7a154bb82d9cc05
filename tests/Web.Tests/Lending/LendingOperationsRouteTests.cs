using System.Net;
using System.Text.Json;
using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.Lending;

/// <summary>The moderators' lending screens and the ledger's health endpoint refuse anyone without the right role.</summary>
[Collection(LendingOperationsCollection.Name)]
public sealed class LendingOperationsRouteTests(AccountsApp app)
{
    private const string Health = "/api/admin/lending/health";
    private const string CampaignScreen = "/moderation/prets/0199b1a0-0000-7000-8000-000000000001";

    [Theory]
    [InlineData("/moderation/prets")]
    [InlineData(CampaignScreen)]
    public async Task An_anonymous_visitor_is_sent_to_the_sign_in_page(string path)
    {
        using var visitor = app.NewVisitor();

        var page = await visitor.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal("/compte/connexion?retour=" + Uri.EscapeDataString(path), page.Redirect);
    }

    [Theory]
    [InlineData("/moderation/prets")]
    [InlineData(CampaignScreen)]
    [InlineData(Health)]
    public async Task A_member_without_a_role_is_forbidden(string path)
    {
        using var member = await app.SignedInMemberAsync(AccountFlows.NewEmail("membre"));

        var page = await member.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
    }

    [Fact]
    public async Task The_ledger_health_answers_an_anonymous_caller_with_a_401_problem()
    {
        using var visitor = app.NewVisitor();

        var page = await visitor.GetAsync(Health);

        Assert.Equal((HttpStatusCode.Unauthorized, "application/problem+json"), (page.Status, page.ContentType));
        Assert.Equal("Connexion requise", Title(page.Text));
    }

    [Fact]
    public async Task The_ledger_health_answers_a_member_with_a_403_problem()
    {
        using var member = await app.SignedInMemberAsync(AccountFlows.NewEmail("membre-sante"));

        var page = await member.GetAsync(Health);

        Assert.Equal((HttpStatusCode.Forbidden, "application/problem+json"), (page.Status, page.ContentType));
        Assert.Equal("Accès réservé aux administrateurs", Title(page.Text));
    }

    [Fact]
    public async Task A_moderator_sees_the_screens_and_the_ledger_line_but_not_the_administrators_endpoint()
    {
        using var moderator = await app.PlainModeratorAsync();

        var board = await moderator.GetAsync("/moderation/prets");
        var health = await moderator.GetAsync(Health);

        Assert.Equal(HttpStatusCode.OK, board.Status);
        Assert.Equal("true", board.Html.QuerySelector("[data-testid=ledger-health]")?.GetAttribute("data-healthy"));
        Assert.Null(board.Html.QuerySelector($"[data-testid=ledger-health] a[href='{Health}']"));
        Assert.Equal(HttpStatusCode.Forbidden, health.Status);
    }

    [Fact]
    public async Task An_administrator_reads_the_ledger_health_as_JSON()
    {
        await app.DisbursedAsync(20_000, 4, 12_000, 8_000);
        using var admin = await app.ModeratorAsync();

        var health = await admin.GetAsync(Health);
        var board = await admin.GetAsync("/moderation/prets");

        Assert.Equal(HttpStatusCode.OK, health.Status);
        Assert.Equal("application/json", health.ContentType);
        using var json = JsonDocument.Parse(health.Text);
        Assert.True(json.RootElement.GetProperty("healthy").GetBoolean());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("violations").GetArrayLength());
        Assert.True(json.RootElement.GetProperty("transactions").GetInt32() >= 3);
        Assert.StartsWith("Comptabilité des prêts : équilibrée", LendingArrange.Plain(board.Html.QuerySelector("[data-testid=ledger-health]")?.TextContent), StringComparison.Ordinal);
        Assert.NotNull(board.Html.QuerySelector($"[data-testid=ledger-health] a[href='{Health}']"));
    }

    private static string? Title(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("title").GetString();
    }
}
