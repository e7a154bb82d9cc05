using System.Net;
using System.Text.Json.Nodes;
using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.Alerts;

/// <summary>RGPD: a person's alerts are in their data export and go with their account.</summary>
[Collection(AlertsCollection.Name)]
public sealed class AlertPersonalDataTests(AlertsApp app)
{
    [Fact]
    public async Task My_alerts_are_in_my_data_export()
    {
        var (email, member) = await MemberWithAnAlertAsync("rgpd");
        using (member)
        {
            var export = JsonNode.Parse(await member.Http.GetStringAsync(new Uri("/compte/donnees", UriKind.Relative)))!;

            var alert = Assert.Single(export["alertes"]!.AsArray())!;
            Assert.Equal(email, alert["email"]!.GetValue<string>());
            Assert.Equal("« santé » · Somme", alert["recherche"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task My_alerts_are_deleted_with_my_account()
    {
        var (email, member) = await MemberWithAnAlertAsync("rgpd-depart");
        using (member)
        {
            var deleted = await member.SubmitAsync("/compte/supprimer", "delete-form", new Dictionary<string, string> { ["Input.Password"] = AccountFlows.Password });

            Assert.Equal(HttpStatusCode.Redirect, deleted.Status);
            Assert.Equal(0, await app.App.CountAlertsAsync(email));
        }
    }

    private async Task<(string Email, AccountClient Member)> MemberWithAnAlertAsync(string who)
    {
        var email = AccountFlows.NewEmail(who);
        await app.ConfirmedAlertAsync("?q=santé&territory=dep:80", email);
        return (email, await app.Accounts.SignedInMemberAsync(email));
    }
}
