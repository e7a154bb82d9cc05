using System.Net;

namespace Plateforme.Web.Tests.Accounts;

[Collection(AccountsCollection.Name)]
public sealed class PasswordResetTests(AccountsApp app)
{
    private static Task<AccountClient.Page> ForgotAsync(AccountClient visitor, string email) =>
        visitor.SubmitAsync("/compte/mot-de-passe-oublie", "forgot-form", new Dictionary<string, string> { ["Input.Email"] = email });

    [Fact]
    public async Task The_emailed_link_sets_a_new_password_that_signs_in_while_the_old_one_no_longer_does()
    {
        var email = AccountFlows.NewEmail("oubli");
        using (await app.SignedInMemberAsync(email))
        {
        }

        using var visitor = app.NewVisitor();
        await ForgotAsync(visitor, email);
        var mail = await app.Mailbox.SingleAsync(email, "Choisissez un nouveau mot de passe");
        var link = Mailbox.LinkTo(mail, "/compte/reinitialiser");
        var reset = await visitor.SubmitAsync(link.PathAndQuery, "reset-form", new Dictionary<string, string>
        {
            ["Input.Password"] = "nouveau-secret-2",
            ["Input.ConfirmPassword"] = "nouveau-secret-2",
        });

        Assert.Equal("Votre mot de passe a été changé. Vous pouvez vous connecter.", reset.Message);
        await visitor.SignInAsync(email, "nouveau-secret-2");
        using var other = app.NewVisitor();
        var old = await other.SubmitAsync("/compte/connexion", "sign-in-form", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = AccountFlows.Password,
        });
        Assert.Equal(HttpStatusCode.OK, old.Status);
        Assert.StartsWith("Adresse e-mail ou mot de passe incorrect.", old.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tampered_link_is_refused()
    {
        var email = AccountFlows.NewEmail("falsifie");
        using (await app.SignedInMemberAsync(email))
        {
        }

        using var visitor = app.NewVisitor();
        await ForgotAsync(visitor, email);
        var link = Mailbox.LinkTo(await app.Mailbox.SingleAsync(email, "Choisissez un nouveau mot de passe"), "/compte/reinitialiser");
        var tampered = link.PathAndQuery.Replace("code=", "code=AAAA", StringComparison.Ordinal);

        var reset = await visitor.SubmitAsync(tampered, "reset-form", new Dictionary<string, string>
        {
            ["Input.Password"] = "nouveau-secret-2",
            ["Input.ConfirmPassword"] = "nouveau-secret-2",
        });

        Assert.Equal("Ce lien n'est pas valide ou a expiré. Demandez-en un nouveau.", reset.Message);
    }
}
