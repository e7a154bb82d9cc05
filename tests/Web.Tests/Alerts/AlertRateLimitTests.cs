using System.Net;
using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.Alerts;

/// <summary>Its own application: the limit is low here, and must not run out under the other alert tests.</summary>
public sealed class AlertRateLimitTests : IAsyncLifetime
{
    private readonly AlertsApp app = new(new Dictionary<string, string?> { ["Alerts:RateLimit:PermitLimit"] = "2" });

    [Fact]
    public async Task Asking_for_alerts_too_often_from_one_address_is_refused_with_a_French_message_and_nothing_mailed()
    {
        using var visitor = app.NewVisitor();
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await visitor.AskForAlertAsync("?q=sport", AccountFlows.NewEmail("limite"))).Status);
        }
        var email = AccountFlows.NewEmail("refusee");

        var refused = await visitor.AskForAlertAsync("?q=sport", email);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("Trop de demandes d'alerte depuis votre connexion. Patientez un peu avant de réessayer.", refused.Message);
        Assert.Empty(await app.Mailbox.ToAsync(email));
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/alertes/nouvelle?q=sport")).Status);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();
}
