using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Plateforme.Alerts.Digests;
using Plateforme.Web.Tests.Accounts;
using Plateforme.Web.Tests.Alerts;
using static Microsoft.Playwright.Assertions;

namespace Plateforme.Web.Tests.EndToEnd;

/// <summary>
/// From a search to an alert e-mail and back out. It moves the application's clock by days, so it has its own
/// application and browser rather than the collection's shared ones (it still runs in the browser collection, alone).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AlertJourneyTests : IAsyncLifetime
{
    private readonly BrowserSession session = new();

    [Fact]
    public Task Create_an_alert_from_a_search_confirm_it_get_a_new_call_once_and_unsubscribe() => session.RunAsync(nameof(Create_an_alert_from_a_search_confirm_it_get_a_new_call_once_and_unsubscribe), async page =>
    {
        var word = AlertFlows.NewWord();
        var email = AccountFlows.NewEmail("alerte-navigateur");
        var mailbox = new Mailbox(Path.Combine(session.App.DataFolder, "mail"));

        await page.OpenAsync("/recherche?q=" + word);
        await page.Locator("[data-testid=create-alert]").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Créer une alerte");
        await Expect(page.Locator("[data-testid=alert-search] strong")).ToHaveTextAsync($"« {word} »");
        await AssertNoSeriousViolationAsync(page);
        await page.GetByLabel("Adresse e-mail").FillAsync(email);
        await page.GetByLabel("Chaque jour").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer l'alerte" }).ClickAsync();
        await Expect(page.Locator("[data-testid=form-message]")).ToContainTextAsync("un e-mail de confirmation vient d'y être envoyé");

        var confirmation = await mailbox.SingleAsync(email, AlertFlows.ConfirmSubject);
        await page.GotoAsync(Mailbox.LinkTo(confirmation, "/alertes/confirmer").PathAndQuery);
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirmer l'alerte" }).ClickAsync();
        await Expect(page.Locator("[data-testid=form-message]")).ToHaveTextAsync("Votre alerte est active. Le premier e-mail listera les appels publiés à partir de maintenant.");

        var call = await session.App.PublishCallAsync($"Ressourceries associatives {word}");
        await NextMorningDigestAsync();
        await NextMorningDigestAsync();

        var digest = Assert.Single(await mailbox.DigestsAsync(email));
        Assert.Equal(1, await mailbox.TimesSentAsync(email, call));
        await page.GotoAsync(Mailbox.LinkTo(digest, "/appels/" + call.Slug).PathAndQuery);
        await Expect(page.Locator("h1")).ToHaveTextAsync(call.Title);

        await page.GotoAsync(Mailbox.LinkTo(digest, "/alertes/desabonnement").PathAndQuery);
        await Expect(page.Locator("[data-testid=form-message]")).ToHaveTextAsync("C'est fait : vous ne recevrez plus cette alerte.");
        await session.App.PublishCallAsync($"Ressourceries, deuxième appel {word}");
        await NextMorningDigestAsync();
        Assert.Single(await mailbox.DigestsAsync(email));
    });

    private static async Task AssertNoSeriousViolationAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}").ToList();
        Assert.True(serious.Count == 0, $"{page.Url}:\n" + string.Join("\n", serious));
    }

    /// <summary>The clock reaches 07:00 in Paris the next day, and the digest run of that morning is done.</summary>
    private async Task NextMorningDigestAsync()
    {
        var now = session.App.Clock.GetUtcNow();
        session.App.Clock.Advance(DigestSchedule.NextRun(now, 7) - now);
        await session.App.Services.GetRequiredService<DigestRunner>().RunAsync();
    }

    public Task InitializeAsync() => session.InitializeAsync();

    public Task DisposeAsync() => session.DisposeAsync();
}
