using System.Net;
using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.Alerts;

/// <summary>/compte/alertes is for signed-in people, and each sees and changes only their own alerts.</summary>
[Collection(AlertsCollection.Name)]
public sealed class AlertProtectedRouteTests(AlertsApp app)
{
    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in()
    {
        using var visitor = app.NewVisitor();

        var page = await visitor.GetAsync("/compte/alertes");

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.StartsWith("/compte/connexion", page.Redirect, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posting_to_my_alerts_without_signing_in_changes_nothing()
    {
        var email = AccountFlows.NewEmail("cible");
        await app.ConfirmedAlertAsync("?q=vélo", email);
        using var visitor = app.NewVisitor();
        var form = await visitor.GetAsync("/alertes/nouvelle");
        var token = form.Html.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var posted = await visitor.PostAsync("/compte/alertes", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "manage-alerts",
            ["Command"] = "Delete:" + Guid.NewGuid(),
        });

        Assert.NotEqual(HttpStatusCode.OK, posted.Status);
        Assert.Equal(1, await app.App.CountAlertsAsync(email));
    }

    [Fact]
    public async Task Another_member_neither_sees_nor_changes_my_alert()
    {
        var owner = AccountFlows.NewEmail("proprietaire");
        await app.ConfirmedAlertAsync("?q=numérique", owner);
        using var ownerClient = await app.Accounts.SignedInMemberAsync(owner);
        var mine = await ownerClient.GetAsync("/compte/alertes");
        var id = mine.Html.QuerySelector("[data-testid=alert-item]")!.GetAttribute("data-alert-id");
        var intruderEmail = AccountFlows.NewEmail("intrus");
        await app.ConfirmedAlertAsync("?q=sport", intruderEmail);
        using var intruder = await app.Accounts.SignedInMemberAsync(intruderEmail);

        var theirs = await intruder.GetAsync("/compte/alertes");
        var attempt = await intruder.SubmitAsync("/compte/alertes", "alerts-form", new Dictionary<string, string> { ["Command"] = $"Delete:{id}" });

        Assert.Equal("« sport »", Assert.Single(theirs.Html.QuerySelectorAll("[data-testid=alert-search]")).TextContent);
        Assert.Equal(HttpStatusCode.OK, attempt.Status);
        Assert.Equal("Cette alerte n'existe plus.", attempt.Message);
        Assert.Equal(1, await app.App.CountAlertsAsync(owner));
    }
}
