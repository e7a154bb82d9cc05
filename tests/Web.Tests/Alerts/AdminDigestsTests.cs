using System.Net;
using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.Alerts;

/// <summary>/admin/alertes: an administrator sends the digests due today at once; nobody else may.</summary>
[Collection(AlertsCollection.Name)]
public sealed class AdminDigestsTests(AlertsApp app)
{
    [Fact]
    public async Task An_administrator_sends_the_due_digests_at_once_and_a_second_press_repeats_nothing()
    {
        var word = AlertFlows.NewWord();
        var email = AccountFlows.NewEmail("abonne-admin");
        await app.ConfirmedAlertAsync($"?q={word}", email);
        var call = await app.App.PublishCallAsync($"Ateliers de réparation {word}");
        using var admin = app.NewVisitor();
        await admin.SignInAsync(AccountsApp.AdminEmail, AccountsApp.AdminPassword);

        var page = await admin.GetAsync("/admin/alertes");
        var first = await admin.SubmitAsync("/admin/alertes", "run-digests-form", new Dictionary<string, string>());
        var sentOnce = await app.Mailbox.TimesSentAsync(email, call);
        var second = await admin.SubmitAsync("/admin/alertes", "run-digests-form", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, page.Status);
        // The alert tests' app runs no digest on its own: the page says so rather than promising a time.
        Assert.Equal("L'envoi automatique est désactivé sur ce serveur (Alerts:ScheduleEnabled).", page.Html.QuerySelector("[data-testid=next-digest-run]")!.TextContent.Trim());
        Assert.Matches(@"^\d+ résumé\(s\) préparé\(s\) avec [1-9]\d* appel\(s\) ; [1-9]\d* e-mail\(s\) envoyé\(s\)\.$", Result(first));
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(1, sentOnce);
        Assert.Equal(1, await app.Mailbox.TimesSentAsync(email, call));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        using var visitor = app.NewVisitor();

        var anonymous = await visitor.GetAsync("/admin/alertes");

        Assert.Equal(HttpStatusCode.Redirect, anonymous.Status);
        Assert.StartsWith("/compte/connexion", anonymous.Redirect, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Members_are_refused()
    {
        using var member = await app.Accounts.SignedInMemberAsync(AccountFlows.NewEmail("membre-resumes"));

        var refused = await member.GetAsync("/admin/alertes");

        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
    }

    private static string Result(AccountClient.Page page) =>
        page.Html.QuerySelector("[data-testid=digest-run-result]")?.TextContent.Trim() ?? throw new InvalidOperationException("No run result on the page: " + page.Text[..Math.Min(400, page.Text.Length)]);
}
