using Microsoft.Playwright;
using Plateforme.Web.Tests.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Plateforme.Web.Tests.EndToEnd;

[Collection(BrowserCollection.Name)]
public sealed class AccountJourneyTests(BrowserSession session)
{
    [Fact]
    public Task Sign_up_confirm_through_the_emailed_link_sign_in_and_see_my_account() => session.RunAsync(nameof(Sign_up_confirm_through_the_emailed_link_sign_in_and_see_my_account), async page =>
    {
        var email = AccountFlows.NewEmail("navigateur");
        var mailbox = new Mailbox(Path.Combine(session.App.DataFolder, "mail"));

        await page.OpenSettledAsync("/");
        await page.Locator("[data-testid=nav-sign-in]").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Créer un compte" }).ClickAsync();
        await page.GetByLabel("Adresse e-mail").FillAsync(email);
        await page.GetByLabel("Nom affiché").FillAsync("Lou Navigatrice");
        await page.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync(AccountFlows.Password);
        await page.GetByLabel("Confirmez le mot de passe").FillAsync(AccountFlows.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer mon compte" }).ClickAsync();
        await Expect(page.Locator("[data-testid=form-message]")).ToContainTextAsync("Si cette adresse peut être utilisée");

        var mail = await mailbox.SingleAsync(email, "Confirmez votre adresse e-mail");
        await page.GotoAsync(Mailbox.LinkTo(mail, "/compte/confirmer").PathAndQuery);
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirmer mon adresse" }).ClickAsync();
        await Expect(page.Locator("[data-testid=form-message]")).ToHaveTextAsync("Votre adresse e-mail est confirmée. Vous pouvez maintenant vous connecter.");
        await page.Locator("[data-testid=go-sign-in]").ClickAsync();

        await page.GetByLabel("Adresse e-mail").FillAsync(email);
        await page.GetByLabel("Mot de passe").FillAsync(AccountFlows.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("Mon compte");
        await Expect(page.Locator("[data-testid=account-name]")).ToHaveTextAsync("Lou Navigatrice");
        await Expect(page.Locator("[data-testid=nav-account]")).ToHaveTextAsync("Mon compte");
    });
}
