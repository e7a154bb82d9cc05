using System.Net;
using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.Alerts;

[Collection(AlertsCollection.Name)]
public sealed class AlertSubscriptionTests(AlertsApp app)
{
    private const string Sent = "C'est noté. Si l'adresse est valide, un e-mail de confirmation vient d'y être envoyé : l'alerte commencera quand vous aurez cliqué sur son lien.";

    [Fact]
    public async Task The_form_shows_the_search_in_words_and_an_address_alone_is_enough()
    {
        using var visitor = app.NewVisitor();
        var email = AccountFlows.NewEmail("anonyme");

        var form = await visitor.GetAsync("/alertes/nouvelle?q=jardins&territory=dep:80&beneficiary=association&sort=newest&page=3");
        var asked = await visitor.AskForAlertAsync("?q=jardins&territory=dep:80&beneficiary=association", email);

        Assert.Equal("« jardins » · Somme · Association", form.Html.QuerySelector("[data-testid=alert-search] strong")!.TextContent);
        Assert.Equal("/recherche?q=jardins&territory=dep%3A80&beneficiary=association", form.Html.QuerySelector("[data-testid=alert-search] a")!.GetAttribute("href"));
        Assert.Equal(Sent, asked.Message);
        var mail = await app.Mailbox.SingleAsync(email, AlertFlows.ConfirmSubject);
        Assert.Contains("« jardins » · Somme · Association", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Fréquence : chaque jour.", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_again_for_an_address_that_has_alerts_answers_exactly_the_same()
    {
        var known = AccountFlows.NewEmail("connue");
        await app.ConfirmedAlertAsync("?q=insertion", known);
        using var visitor = app.NewVisitor();

        var forKnown = await visitor.AskForAlertAsync("?q=insertion", known);
        var forNew = await visitor.AskForAlertAsync("?q=insertion", AccountFlows.NewEmail("nouvelle"));

        Assert.Equal(HttpStatusCode.OK, forKnown.Status);
        Assert.Equal(forNew.Status, forKnown.Status);
        Assert.Equal(Sent, forKnown.Message);
        Assert.Equal(forNew.Message, forKnown.Message);
    }

    [Fact]
    public async Task Confirming_the_same_search_twice_keeps_one_alert()
    {
        var email = AccountFlows.NewEmail("doublon");
        await app.ConfirmedAlertAsync("?q=culture", email);

        await app.ConfirmedAlertAsync("?q=culture", email, "Weekly");

        Assert.Equal(1, await app.App.CountAlertsAsync(email));
    }

    [Fact]
    public async Task A_bad_confirmation_link_is_refused_in_French()
    {
        using var visitor = app.NewVisitor();

        var bad = await visitor.ConfirmAlertAsync("/alertes/confirmer?jeton=" + new string('a', 64));

        Assert.Equal("Ce lien de confirmation n'est pas valide ou a expiré. Vous pouvez créer l'alerte à nouveau depuis une recherche.", bad.Message);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/alertes/confirmer?jeton=%3Cscript%3E")).Status);
    }

    [Fact]
    public async Task An_invalid_address_is_refused_on_the_form_and_nothing_is_mailed()
    {
        using var visitor = app.NewVisitor();

        var asked = await visitor.AskForAlertAsync("?q=sport", "pas-une-adresse");

        Assert.Equal(HttpStatusCode.OK, asked.Status);
        Assert.Contains("Cette adresse e-mail n'est pas valide.", asked.Html.QuerySelector(".validation-errors")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Empty(await app.Mailbox.ToAsync("pas-une-adresse"));
    }

    [Fact]
    public async Task A_signed_in_person_finds_the_address_prefilled_and_the_alert_in_my_alerts()
    {
        var email = AccountFlows.NewEmail("membre");
        using var member = await app.Accounts.SignedInMemberAsync(email);

        var form = await member.GetAsync("/alertes/nouvelle?q=musique");
        var asked = await member.AskForAlertAsync("?q=musique", email, "Weekly");
        var pending = await member.GetAsync("/compte/alertes");
        var mail = await app.Mailbox.SingleAsync(email, AlertFlows.ConfirmSubject);
        await member.ConfirmAlertAsync(Mailbox.LinkTo(mail, "/alertes/confirmer").PathAndQuery);
        var active = await member.GetAsync("/compte/alertes");

        Assert.Equal(email, form.Html.QuerySelector("#email")!.GetAttribute("value"));
        Assert.Equal(Sent, asked.Message);
        Assert.Equal("En attente de confirmation", pending.Html.QuerySelector("[data-testid=alert-state]")!.TextContent);
        Assert.Equal("Active", active.Html.QuerySelector("[data-testid=alert-state]")!.TextContent);
        Assert.Equal("Chaque semaine (le lundi)", active.Html.QuerySelector("[data-testid=alert-frequency]")!.TextContent);
        Assert.Equal("« musique »", active.Html.QuerySelector("[data-testid=alert-search]")!.TextContent);
    }

    [Fact]
    public async Task An_alert_made_anonymously_with_an_accounts_address_shows_in_that_account_and_can_be_managed()
    {
        var email = AccountFlows.NewEmail("plus-tard");
        await app.ConfirmedAlertAsync("?q=patrimoine", email);
        using var member = await app.Accounts.SignedInMemberAsync(email);

        var paused = await Act(member, "Pause");
        var weekly = await Act(member, "Weekly");
        var resumed = await Act(member, "Resume");
        var deleted = await Act(member, "Delete");

        Assert.Equal("En pause", paused.Html.QuerySelector("[data-testid=alert-state]")!.TextContent);
        Assert.Equal("C'est enregistré.", paused.Message);
        Assert.Equal("Chaque semaine (le lundi)", weekly.Html.QuerySelector("[data-testid=alert-frequency]")!.TextContent);
        Assert.Equal("Active", resumed.Html.QuerySelector("[data-testid=alert-state]")!.TextContent);
        Assert.NotNull(deleted.Html.QuerySelector("[data-testid=no-alerts]"));
        Assert.Equal(0, await app.App.CountAlertsAsync(email));
    }

    [Fact]
    public async Task A_paused_alert_gets_no_digest_and_resuming_does_not_send_the_paused_days()
    {
        var word = AlertFlows.NewWord();
        var email = AccountFlows.NewEmail("pause");
        await app.ConfirmedAlertAsync($"?q={word}", email);
        using var member = await app.Accounts.SignedInMemberAsync(email);
        await Act(member, "Pause");
        await app.App.PublishCallAsync($"Chantiers d'insertion {word}");
        app.NextMorning();
        await app.RunDigestsAsync();
        await Act(member, "Resume");
        app.NextMorning();
        await app.RunDigestsAsync();

        Assert.Empty(await app.Mailbox.DigestsAsync(email));
    }

    [Fact]
    public async Task A_search_too_long_to_keep_is_refused_in_French_never_a_500()
    {
        using var visitor = app.NewVisitor();
        var email = AccountFlows.NewEmail("longue");

        var asked = await visitor.AskForAlertAsync("?q=" + string.Join("+", Enumerable.Repeat("associations", 400)), email);

        Assert.Equal(HttpStatusCode.OK, asked.Status);
        Assert.Equal("Cette recherche est trop longue pour une alerte : raccourcissez le texte recherché.", asked.Message);
        Assert.Empty(await app.Mailbox.ToAsync(email));
    }

    private static async Task<AccountClient.Page> Act(AccountClient member, string command)
    {
        var list = await member.GetAsync("/compte/alertes");
        var id = list.Html.QuerySelector("[data-testid=alert-item]")!.GetAttribute("data-alert-id");
        return await member.SubmitAsync("/compte/alertes", "alerts-form", new Dictionary<string, string> { ["Command"] = $"{command}:{id}" });
    }
}
