using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Alerts.Digests;
using Plateforme.Alerts.Store;
using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.Alerts;

[Collection(AlertsCollection.Name)]
public sealed class DigestTests(AlertsApp app)
{
    [Fact]
    public async Task A_daily_digest_holds_the_new_matching_calls_once_and_the_next_one_does_not_repeat_them()
    {
        var word = AlertFlows.NewWord();
        var email = AccountFlows.NewEmail("quotidien");
        await app.ConfirmedAlertAsync($"?q={word}", email);
        var matching = await app.App.PublishCallAsync($"Jardins partagés {word}");
        var other = await app.App.PublishCallAsync("Restauration de lavoirs communaux " + AlertFlows.NewWord());

        app.NextMorning();
        await app.RunDigestsAsync();
        var later = await app.App.PublishCallAsync($"Vergers solidaires {word}");
        app.NextMorning();
        await app.RunDigestsAsync();

        var digests = await app.Mailbox.DigestsAsync(email);
        Assert.Equal(2, digests.Count);
        Assert.Equal($"1 nouvel appel pour votre alerte : « {word} »", digests[0].Subject);
        Assert.Equal(1, await app.Mailbox.TimesSentAsync(email, matching));
        Assert.Equal(1, await app.Mailbox.TimesSentAsync(email, later));
        Assert.Equal(0, await app.Mailbox.TimesSentAsync(email, other));
        Assert.DoesNotContain("/appels/" + matching.Slug, digests[1].TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_is_sent_before_confirmation()
    {
        var word = AlertFlows.NewWord();
        var unconfirmed = AccountFlows.NewEmail("non-confirme");
        using (var visitor = app.NewVisitor()) await visitor.AskForAlertAsync($"?q={word}", unconfirmed);
        await app.App.PublishCallAsync($"Fresques murales {word}");

        app.NextMorning();
        await app.RunDigestsAsync();

        Assert.Empty(await app.Mailbox.DigestsAsync(unconfirmed));
    }

    [Fact]
    public async Task Nothing_is_sent_when_nothing_new_matches()
    {
        var quiet = AccountFlows.NewEmail("calme");
        await app.ConfirmedAlertAsync($"?q={AlertFlows.NewWord()}", quiet);
        await app.App.PublishCallAsync($"Fresques murales {AlertFlows.NewWord()}");

        app.NextMorning();
        await app.RunDigestsAsync();

        Assert.Empty(await app.Mailbox.DigestsAsync(quiet));
    }

    [Fact]
    public async Task A_crash_between_composing_and_sending_neither_loses_nor_repeats_a_call()
    {
        var word = AlertFlows.NewWord();
        var email = AccountFlows.NewEmail("panne");
        await app.ConfirmedAlertAsync($"?q={word}", email);
        var call = await app.App.PublishCallAsync($"Recycleries de quartier {word}");
        app.NextMorning();

        // The process dies right after the composition's commit: nothing was mailed yet.
        await app.App.Services.GetRequiredService<DigestComposer>().ComposeDueAsync();
        Assert.Empty(await app.Mailbox.DigestsAsync(email));

        await app.RunDigestsAsync();
        await app.RunDigestsAsync();
        app.NextMorning();
        await app.RunDigestsAsync();

        Assert.Single(await app.Mailbox.DigestsAsync(email));
        Assert.Equal(1, await app.Mailbox.TimesSentAsync(email, call));
    }

    [Fact]
    public async Task A_crash_after_mailing_but_before_marking_sent_replaces_the_same_message_instead_of_adding_one()
    {
        var word = AlertFlows.NewWord();
        var email = AccountFlows.NewEmail("renvoi");
        await app.ConfirmedAlertAsync($"?q={word}", email);
        var call = await app.App.PublishCallAsync($"Ateliers vélo {word}");
        app.NextMorning();
        await app.RunDigestsAsync();
        var first = Assert.Single(await app.Mailbox.DigestsAsync(email));

        await ForgetSentMarksAsync(email);
        await app.RunDigestsAsync();

        var again = Assert.Single(await app.Mailbox.DigestsAsync(email));
        Assert.Equal(first.MessageId, again.MessageId);
        Assert.Equal(1, await app.Mailbox.TimesSentAsync(email, call));
    }

    [Fact]
    public async Task A_weekly_alert_is_composed_on_Monday_with_the_whole_week()
    {
        var word = AlertFlows.NewWord();
        var email = AccountFlows.NewEmail("hebdo");
        await app.ConfirmedAlertAsync($"?q={word}", email, "Weekly");
        var monday = await app.App.PublishCallAsync($"Épiceries solidaires {word}");

        var mornings = 0;
        do
        {
            app.NextMorning();
            mornings++;
            await app.RunDigestsAsync();
            if (TimeZoneInfo.ConvertTime(app.App.Clock.GetUtcNow(), Plateforme.Search.Indexing.ParisTime.Zone).DayOfWeek != DayOfWeek.Monday)
            {
                Assert.Empty(await app.Mailbox.DigestsAsync(email));
            }
        }
        while (TimeZoneInfo.ConvertTime(app.App.Clock.GetUtcNow(), Plateforme.Search.Indexing.ParisTime.Zone).DayOfWeek != DayOfWeek.Monday);

        Assert.InRange(mornings, 1, 7);
        Assert.Single(await app.Mailbox.DigestsAsync(email));
        Assert.Equal(1, await app.Mailbox.TimesSentAsync(email, monday));
    }

    [Fact]
    public async Task Every_digest_has_a_one_click_unsubscribe_link_and_the_list_unsubscribe_headers()
    {
        var word = AlertFlows.NewWord();
        var email = AccountFlows.NewEmail("desabonnement");
        await app.ConfirmedAlertAsync($"?q={word}", email);
        await app.App.PublishCallAsync($"Cafés associatifs {word}");
        app.NextMorning();
        await app.RunDigestsAsync();
        var digest = Assert.Single(await app.Mailbox.DigestsAsync(email));

        Assert.Equal("List-Unsubscribe=One-Click", digest.Headers["List-Unsubscribe-Post"]);
        Assert.Matches("^<http://127\\.0\\.0\\.1:\\d+/alertes/desabonnement/un-clic\\?jeton=[0-9a-f]{64}>$", digest.Headers["List-Unsubscribe"]);
        Assert.Contains("/alertes/desabonnement?jeton=", digest.HtmlBody, StringComparison.Ordinal);
        using var visitor = app.NewVisitor();
        var link = Mailbox.LinkTo(digest, "/alertes/desabonnement").PathAndQuery;
        var page = await visitor.GetAsync(link);
        Assert.Equal("C'est fait : vous ne recevrez plus cette alerte.", page.Message);
        Assert.Equal("Cette alerte n'existe plus : vous ne la recevrez plus.", (await visitor.GetAsync(link)).Message);
        Assert.Equal(0, await app.App.CountAlertsAsync(email));

        await app.App.PublishCallAsync($"Cafés associatifs, deuxième vague {word}");
        app.NextMorning();
        await app.RunDigestsAsync();
        Assert.Single(await app.Mailbox.DigestsAsync(email));
    }

    [Fact]
    public async Task A_mail_client_unsubscribes_with_one_POST_to_the_List_Unsubscribe_address()
    {
        var word = AlertFlows.NewWord();
        var email = AccountFlows.NewEmail("un-clic");
        await app.ConfirmedAlertAsync($"?q={word}", email);
        await app.App.PublishCallAsync($"Repair cafés {word}");
        app.NextMorning();
        await app.RunDigestsAsync();
        var digest = Assert.Single(await app.Mailbox.DigestsAsync(email));
        var target = new Uri(digest.Headers["List-Unsubscribe"]!.Trim('<', '>'));

        using var client = app.App.CreateClient();
        using var body = new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" });
        using var response = await client.PostAsync(target.PathAndQuery, body);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await app.App.CountAlertsAsync(email));
    }

    private async Task ForgetSentMarksAsync(string email)
    {
        var contexts = app.App.Services.GetRequiredService<IDbContextFactory<AlertsDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var alertIds = await db.Alerts.Where(a => a.Email == email).Select(a => a.Id).ToListAsync();
        foreach (var digest in await db.Digests.Where(d => alertIds.Contains(d.AlertId)).ToListAsync()) digest.SentAt = null;
        await db.SaveChangesAsync();
    }
}
