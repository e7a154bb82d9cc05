using System.Net;
using AngleSharp.Html.Dom;
using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.PublicApi;

/// <summary>
/// An administrator gives a partner a key on /admin/cles-api, sees its secret once, and revokes it; the key opens
/// the public API until then and is refused after. Nobody else reaches the page.
/// </summary>
[Collection(AccountsCollection.Name)]
public sealed class PartnerKeysAdminTests(AccountsApp app)
{
    private const string KeysPage = "/admin/cles-api";

    [Fact]
    public async Task An_administrator_creates_a_key_shown_once_that_opens_the_API_until_revoked()
    {
        using var admin = app.NewVisitor();
        await admin.SignInAsync(AccountsApp.AdminEmail, AccountsApp.AdminPassword);
        var partner = "Réseau des ressourceries " + Guid.NewGuid().ToString("N")[..6];

        var created = await admin.SubmitAsync(KeysPage, "partner-key-form", new Dictionary<string, string> { ["Partner"] = partner });

        var secret = created.Html.QuerySelector("[data-testid=partner-key-secret] code")?.TextContent.Trim();
        Assert.False(string.IsNullOrEmpty(secret));
        Assert.Equal(HttpStatusCode.OK, await CallApiAsync(secret));
        var listed = await admin.GetAsync(KeysPage);
        Assert.Null(listed.Html.QuerySelector("[data-testid=partner-key-secret]"));
        Assert.DoesNotContain(secret, listed.Text, StringComparison.Ordinal);
        var row = listed.Html.QuerySelectorAll("[data-testid=partner-keys] tbody tr").Single(r => r.TextContent.Contains(partner, StringComparison.Ordinal));

        var revoke = (IHtmlFormElement)row.QuerySelector("form")!;
        var values = revoke.QuerySelectorAll("input[type=hidden]").Cast<IHtmlInputElement>().ToDictionary(i => i.Name!, i => i.Value, StringComparer.Ordinal);
        await admin.PostAsync(KeysPage, values);

        Assert.Equal(HttpStatusCode.Unauthorized, await CallApiAsync(secret));
        var after = await admin.GetAsync(KeysPage);
        var revokedRow = after.Html.QuerySelectorAll("[data-testid=partner-keys] tbody tr").Single(r => r.TextContent.Contains(partner, StringComparison.Ordinal));
        Assert.Null(revokedRow.QuerySelector("form"));
    }

    [Fact]
    public async Task Only_administrators_reach_the_keys_page()
    {
        using var anonymous = app.NewVisitor();
        using var member = await app.SignedInMemberAsync(AccountFlows.NewEmail("membre-cles"));

        var redirected = await anonymous.GetAsync(KeysPage);
        var refused = await member.GetAsync(KeysPage);

        Assert.Equal(HttpStatusCode.Redirect, redirected.Status);
        Assert.StartsWith("/compte/connexion", redirected.Redirect, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
    }

    private async Task<HttpStatusCode> CallApiAsync(string secret)
    {
        using var client = app.App.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", secret);
        using var response = await client.GetAsync(new Uri("/api/calls?pageSize=1", UriKind.Relative));
        return response.StatusCode;
    }
}
