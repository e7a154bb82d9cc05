using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Accounts.Users;

namespace Plateforme.Web.Tests.Accounts;

/// <summary>
/// Opening the e-mailed link only shows a button (a mail scanner that opens links confirms nothing); pressing it,
/// a form with the antiforgery token, confirms the address.
/// </summary>
[Collection(AccountsCollection.Name)]
public sealed class EmailConfirmationTests(AccountsApp app)
{
    [Fact]
    public async Task Opening_the_link_shows_the_button_and_leaves_the_address_unconfirmed()
    {
        var (visitor, link, email) = await SignedUpAsync("scanner");
        using var _ = visitor;

        var opened = await visitor.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, opened.Status);
        Assert.Equal("Confirmer mon adresse", opened.Html.QuerySelector("[data-testid=confirm-email-form] button")?.TextContent.Trim());
        Assert.Null(opened.Message);
        Assert.False(await IsConfirmedAsync(email));
    }

    [Fact]
    public async Task Pressing_the_button_confirms_the_address()
    {
        var (visitor, link, email) = await SignedUpAsync("bouton");
        using var _ = visitor;

        var confirmed = await visitor.ConfirmEmailAsync(link);

        Assert.Equal("Votre adresse e-mail est confirmée. Vous pouvez maintenant vous connecter.", confirmed.Message);
        Assert.True(await IsConfirmedAsync(email));
    }

    [Fact]
    public async Task A_confirmation_posted_without_the_antiforgery_token_is_refused()
    {
        var (visitor, link, email) = await SignedUpAsync("sans-jeton");
        using var _ = visitor;

        var refused = await visitor.PostAsync(link, new Dictionary<string, string> { ["_handler"] = "confirm-email" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.False(await IsConfirmedAsync(email));
    }

    private async Task<(AccountClient Visitor, string Link, string Email)> SignedUpAsync(string who)
    {
        var email = AccountFlows.NewEmail(who);
        var visitor = app.NewVisitor();
        await visitor.SignUpAsync(email);
        var mail = await app.Mailbox.SingleAsync(email, "Confirmez votre adresse e-mail");
        return (visitor, Mailbox.LinkTo(mail, "/compte/confirmer").PathAndQuery, email);
    }

    private Task<bool> IsConfirmedAsync(string email) => app.WithStoreAsync(async services =>
        (await services.GetRequiredService<UserManager<PlatformUser>>().FindByEmailAsync(email))!.EmailConfirmed);
}
