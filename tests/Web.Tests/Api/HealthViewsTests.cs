using System.Net;
using System.Text.Json;
using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.Api;

/// <summary>/health tells everyone the status and nothing more; /health/details tells administrators the rest.</summary>
[Collection(AccountsCollection.Name)]
public sealed class HealthViewsTests(AccountsApp accounts)
{
    private static readonly string[] Checks = ["database", "index", "index-consistency", "storage", "lending-database", "accounts-database", "alerts-database", "crawler-database", "experiences-database", "opportunities-database", "mail"];

    [Fact]
    public async Task The_public_view_lists_every_module_check_with_its_status_only()
    {
        using var anonymous = accounts.NewVisitor();

        using var response = await anonymous.Http.GetAsync(new Uri("/health", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(text).RootElement;
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        var checks = body.GetProperty("checks");
        Assert.Equal(Checks.Order(StringComparer.Ordinal), checks.EnumerateObject().Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.All(checks.EnumerateObject(), check => Assert.Equal(["status"], check.Value.EnumerateObject().Select(p => p.Name)));
        Assert.DoesNotContain("description", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Live_and_ready_views_answer_over_their_tagged_checks()
    {
        using var anonymous = accounts.NewVisitor();

        var live = await anonymous.Http.GetJsonAsync("/health/live");
        var ready = await anonymous.Http.GetJsonAsync("/health/ready");

        Assert.Equal(["index"], live.GetProperty("checks").EnumerateObject().Select(c => c.Name));
        Assert.Equal(Checks.Length, ready.GetProperty("checks").EnumerateObject().Count());
    }

    [Fact]
    public async Task The_details_answer_401_to_anonymous_callers_and_403_to_members_as_problems()
    {
        using var anonymous = accounts.NewVisitor();
        using var member = await accounts.SignedInMemberAsync(AccountFlows.NewEmail("membre-sante"));

        using var unauthorized = await anonymous.Http.GetAsync(new Uri("/health/details", UriKind.Relative));
        using var forbidden = await member.Http.GetAsync(new Uri("/health/details", UriKind.Relative));

        Assert.Equal((HttpStatusCode.Unauthorized, "application/problem+json"), (unauthorized.StatusCode, unauthorized.Content.Headers.ContentType?.MediaType));
        Assert.Equal((HttpStatusCode.Forbidden, "application/problem+json"), (forbidden.StatusCode, forbidden.Content.Headers.ContentType?.MediaType));
        Assert.Equal("Connexion requise", JsonDocument.Parse(await unauthorized.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString());
        var refusal = await forbidden.Content.ReadAsStringAsync();
        Assert.Equal("Accès réservé aux administrateurs", JsonDocument.Parse(refusal).RootElement.GetProperty("title").GetString());
        Assert.DoesNotContain("database", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_sees_each_check_with_its_duration_and_description_and_no_connection_string()
    {
        using var admin = accounts.NewVisitor();
        await admin.SignInAsync(AccountsApp.AdminEmail, AccountsApp.AdminPassword);

        using var response = await admin.Http.GetAsync(new Uri("/health/details", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var checks = JsonDocument.Parse(text).RootElement.GetProperty("checks");
        foreach (var name in Checks)
        {
            var check = checks.GetProperty(name);
            Assert.Equal("Healthy", check.GetProperty("status").GetString());
            Assert.True(check.GetProperty("durationMs").GetDouble() >= 0);
            Assert.False(string.IsNullOrWhiteSpace(check.GetProperty("description").GetString()), name);
            Assert.Contains("ready", check.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        }

        Assert.Equal("Sqlite", checks.GetProperty("lending-database").GetProperty("data").GetProperty("provider").GetString());
        Assert.DoesNotContain("Data Source", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(accounts.App.DataFolder, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_admin_page_lists_the_checks_for_administrators_only()
    {
        using var anonymous = accounts.NewVisitor();
        using var member = await accounts.SignedInMemberAsync(AccountFlows.NewEmail("membre-page-sante"));
        using var admin = accounts.NewVisitor();
        await admin.SignInAsync(AccountsApp.AdminEmail, AccountsApp.AdminPassword);

        var redirected = await anonymous.GetAsync("/admin/sante");
        var refused = await member.GetAsync("/admin/sante");
        var shown = await admin.GetAsync("/admin/sante");

        Assert.Equal(HttpStatusCode.Redirect, redirected.Status);
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal(HttpStatusCode.OK, shown.Status);
        Assert.Equal(Checks.Order(StringComparer.Ordinal),
            shown.Html.QuerySelectorAll("[data-testid=health-checks] tr[data-check]").Select(row => row.GetAttribute("data-check")!).Order(StringComparer.Ordinal));
        Assert.Contains("État de la plateforme", shown.Html.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Envoi des e-mails", shown.Html.QuerySelector("tr[data-check=mail] th")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_administrators_page_explains_each_check_in_french_with_its_figures()
    {
        using var admin = accounts.NewVisitor();
        await admin.SignInAsync(AccountsApp.AdminEmail, AccountsApp.AdminPassword);

        var shown = await admin.GetAsync("/admin/sante");

        var explanations = shown.Html.QuerySelectorAll("[data-testid=health-explanation]").Select(e => e.TextContent).ToList();
        Assert.Equal(Checks.Length, explanations.Count);
        Assert.All(explanations, text => Assert.DoesNotContain("?", text, StringComparison.Ordinal));
        Assert.Matches(@"^[\d\u202f\u00a0 ]+ appels indexés \(Lucene, intégré\)\.$", shown.Html.QuerySelector("tr[data-check=index] [data-testid=health-explanation]")!.TextContent);
        Assert.Contains("le schéma est à jour", shown.Html.QuerySelector("tr[data-check=lending-database] [data-testid=health-explanation]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("calls indexed", string.Join(" ", explanations), StringComparison.Ordinal);
    }
}
