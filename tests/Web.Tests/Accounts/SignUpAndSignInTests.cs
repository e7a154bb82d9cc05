using System.Net;

namespace Plateforme.Web.Tests.Accounts;

[Collection(AccountsCollection.Name)]
public sealed class SignUpAndSignInTests(AccountsApp app)
{
    [Fact]
    public async Task Sign_up_then_the_emailed_link_confirms_the_address_and_the_person_can_sign_in()
    {
        using var visitor = app.NewVisitor();
        var email = AccountFlows.NewEmail("camille");

        var signedUp = await visitor.SignUpAsync(email, "Camille Martin");

        Assert.Equal(HttpStatusCode.OK, signedUp.Status);
        Assert.StartsWith("Si cette adresse peut être utilisée", signedUp.Message, StringComparison.Ordinal);
        var mail = await app.Mailbox.SingleAsync(email, "Confirmez votre adresse e-mail");
        Assert.Contains("Bonjour Camille Martin,", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Activer mon compte", mail.HtmlBody, StringComparison.Ordinal);
        var link = Mailbox.LinkTo(mail, "/compte/confirmer");
        Assert.Equal(visitor.Http.BaseAddress!.Authority, link.Authority);

        var confirmed = await visitor.ConfirmEmailAsync(link.PathAndQuery);
        Assert.Equal("Votre adresse e-mail est confirmée. Vous pouvez maintenant vous connecter.", confirmed.Message);

        var signIn = await visitor.SubmitAsync("/compte/connexion?retour=%2Fcompte", "sign-in-form", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = AccountFlows.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, signIn.Status);
        Assert.Equal("/compte", signIn.Redirect);

        var account = await visitor.GetAsync("/compte");
        Assert.Equal(HttpStatusCode.OK, account.Status);
        Assert.Equal("Camille Martin", account.Html.QuerySelector("[data-testid=account-name]")!.TextContent);
        Assert.Equal(email, account.Html.QuerySelector("[data-testid=account-email]")!.TextContent);
        Assert.NotNull(account.Html.QuerySelector("[data-testid=nav-account]"));
    }

    [Fact]
    public async Task An_unconfirmed_person_with_the_right_password_is_sent_a_new_link_instead_of_being_signed_in()
    {
        using var visitor = app.NewVisitor();
        var email = AccountFlows.NewEmail("dominique");
        await visitor.SignUpAsync(email);

        var attempt = await visitor.SubmitAsync("/compte/connexion", "sign-in-form", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = AccountFlows.Password,
        });

        Assert.Equal(HttpStatusCode.OK, attempt.Status);
        Assert.StartsWith("Confirmez d'abord votre adresse e-mail", attempt.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await app.Mailbox.ToAsync(email)).Count(m => m.Subject == "Confirmez votre adresse e-mail"));
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.GetAsync("/compte")).Status);
    }

    [Fact]
    public async Task A_weak_password_is_refused_in_French()
    {
        using var visitor = app.NewVisitor();

        var page = await visitor.SignUpAsync(AccountFlows.NewEmail("faible"), password: "court");

        Assert.Contains("Le mot de passe doit compter au moins 10 caractères.", page.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_fifteen_minutes_even_against_the_right_one()
    {
        var email = AccountFlows.NewEmail("verrou");
        using var owner = await app.SignedInMemberAsync(email);
        using var attacker = app.NewVisitor();

        for (var i = 0; i < 5; i++)
        {
            var wrong = await attacker.SubmitAsync("/compte/connexion", "sign-in-form", new Dictionary<string, string>
            {
                ["Input.Email"] = email,
                ["Input.Password"] = "pas-le-bon-mot-de-passe-" + i,
            });
            Assert.Equal(HttpStatusCode.OK, wrong.Status);
        }

        var right = await attacker.SubmitAsync("/compte/connexion", "sign-in-form", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = AccountFlows.Password,
        });

        Assert.Equal(HttpStatusCode.OK, right.Status);
        Assert.Equal("Adresse e-mail ou mot de passe incorrect. Après 5 échecs, la connexion est bloquée 15 minutes.", right.Message);
        var lockoutEnd = await app.WithStoreAsync(async services =>
        {
            var users = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Plateforme.Accounts.Users.PlatformUser>>(services);
            return (await users.FindByEmailAsync(email))!.LockoutEnd;
        });
        Assert.InRange(lockoutEnd!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var visitor = await app.SignedInMemberAsync(AccountFlows.NewEmail("sortie"));

        var signedOut = await visitor.SubmitAsync("/compte", "sign-out-form", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, signedOut.Status);
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.GetAsync("/compte")).Status);
    }

    [Fact]
    public async Task Signing_out_without_the_antiforgery_token_is_refused()
    {
        using var visitor = await app.SignedInMemberAsync(AccountFlows.NewEmail("sortie-forgee"));

        var forged = await visitor.PostAsync("/compte/deconnexion", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.BadRequest, forged.Status);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/compte")).Status);
    }

    [Fact]
    public async Task A_return_address_outside_the_site_is_ignored()
    {
        var email = AccountFlows.NewEmail("retour");
        using var member = await app.SignedInMemberAsync(email);
        using var visitor = app.NewVisitor();

        var signIn = await visitor.SubmitAsync("/compte/connexion?retour=https%3A%2F%2Fevil.example%2F", "sign-in-form", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = AccountFlows.Password,
        });

        Assert.Equal("/compte", signIn.Redirect);
    }

    [Theory]
    [InlineData("/%09/evil.example")]
    [InlineData("/%2F/evil.example")]
    [InlineData("%2F%5Cevil.example")]
    public async Task A_return_address_that_a_browser_reads_as_another_site_is_ignored(string hostile)
    {
        var email = AccountFlows.NewEmail("retour-tab");
        using var member = await app.SignedInMemberAsync(email);
        using var visitor = app.NewVisitor();

        var signIn = await visitor.SubmitAsync("/compte/connexion?retour=" + hostile, "sign-in-form", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = AccountFlows.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, signIn.Status);
        Assert.Equal("/compte", signIn.Redirect);
    }

    [Theory]
    [InlineData("/recherche?q=%C3%A9conomie", "/recherche?q=%C3%A9conomie")]
    [InlineData("/%C3%A9", "/%C3%A9")]
    public async Task A_return_address_with_accents_leads_there_after_sign_in(string retour, string expected)
    {
        var email = AccountFlows.NewEmail("retour-accent");
        using var member = await app.SignedInMemberAsync(email);
        using var visitor = app.NewVisitor();

        var signIn = await visitor.SubmitAsync("/compte/connexion?retour=" + Uri.EscapeDataString(Uri.UnescapeDataString(retour)), "sign-in-form", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = AccountFlows.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, signIn.Status);
        Assert.Equal(expected, signIn.Redirect);
    }
}
