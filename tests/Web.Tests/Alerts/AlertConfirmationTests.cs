using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Alerts.Subscriptions;
using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.Alerts;

/// <summary>
/// Opening the alert's confirmation link only shows a button (a mail scanner confirms nothing); pressing it, a form
/// with the antiforgery token, activates the alert.
/// </summary>
[Collection(AlertsCollection.Name)]
public sealed class AlertConfirmationTests(AlertsApp app)
{
    [Fact]
    public async Task Opening_the_link_shows_the_button_and_leaves_the_alert_pending()
    {
        var (visitor, link, email) = await AskedAsync("scanner");
        using var _ = visitor;

        var opened = await visitor.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, opened.Status);
        Assert.Equal("Confirmer l'alerte", opened.Html.QuerySelector("[data-testid=confirm-alert-form] button")?.TextContent.Trim());
        Assert.Null(opened.Message);
        Assert.Equal(AlertState.Pending, await StateAsync(email));
    }

    [Fact]
    public async Task Pressing_the_button_activates_the_alert()
    {
        var (visitor, link, email) = await AskedAsync("bouton");
        using var _ = visitor;

        var confirmed = await visitor.ConfirmAlertAsync(link);

        Assert.Equal("Votre alerte est active. Le premier e-mail listera les appels publiés à partir de maintenant.", confirmed.Message);
        Assert.NotEqual(AlertState.Pending, await StateAsync(email));
    }

    [Fact]
    public async Task A_confirmation_posted_without_the_antiforgery_token_is_refused()
    {
        var (visitor, link, email) = await AskedAsync("sans-jeton");
        using var _ = visitor;

        var refused = await visitor.PostAsync(link, new Dictionary<string, string> { ["_handler"] = "confirm-alert" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal(AlertState.Pending, await StateAsync(email));
    }

    private async Task<(AccountClient Visitor, string Link, string Email)> AskedAsync(string who)
    {
        var email = AccountFlows.NewEmail(who);
        var visitor = app.NewVisitor();
        await visitor.AskForAlertAsync("?q=" + AlertFlows.NewWord(), email);
        var mail = await app.Mailbox.SingleAsync(email, AlertFlows.ConfirmSubject);
        return (visitor, Mailbox.LinkTo(mail, "/alertes/confirmer").PathAndQuery, email);
    }

    private async Task<AlertState> StateAsync(string email)
    {
        var contexts = app.App.Services.GetRequiredService<IDbContextFactory<Plateforme.Alerts.Store.AlertsDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Alerts.Where(a => a.Email == email.ToLowerInvariant()).Select(a => a.State).SingleAsync();
    }
}
