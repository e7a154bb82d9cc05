using System.Net;

namespace Plateforme.Web.Tests.Accounts;

[Collection(AccountsCollection.Name)]
public sealed class TwoFactorTests(AccountsApp app)
{
    private static Task<AccountClient.Page> PasswordStepAsync(AccountClient visitor, string email) =>
        visitor.SubmitAsync("/compte/connexion?retour=%2Fcompte", "sign-in-form", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = AccountFlows.Password,
        });

    [Fact]
    public async Task With_two_factor_on_sign_in_asks_for_the_app_code_or_a_single_use_recovery_code()
    {
        var email = AccountFlows.NewEmail("totp");
        using var member = await app.SignedInMemberAsync(email);
        var setup = await member.GetAsync("/compte/double-authentification");
        Assert.NotNull(setup.Html.QuerySelector("[data-testid=two-factor] svg"));
        var key = setup.Html.QuerySelector("[data-testid=authenticator-key]")!.TextContent;

        var wrong = await member.SubmitAsync("/compte/double-authentification", "enable-form", new Dictionary<string, string> { ["Input.Code"] = "000000" == Totp.Code(key, DateTimeOffset.UtcNow) ? "111111" : "000000" });
        Assert.StartsWith("Ce code n'est pas valide.", wrong.Message, StringComparison.Ordinal);
        var enabled = await member.SubmitAsync("/compte/double-authentification", "enable-form", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        var recoveryCodes = enabled.Html.QuerySelectorAll("[data-testid=recovery-codes] code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, recoveryCodes.Count);

        using var phone = app.NewVisitor();
        var passwordStep = await PasswordStepAsync(phone, email);
        Assert.Equal(HttpStatusCode.Redirect, passwordStep.Status);
        Assert.StartsWith("/compte/connexion-2fa?", passwordStep.Redirect, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync("/compte")).Status);
        var codeStep = await phone.SubmitAsync(passwordStep.Redirect!, "code-form", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.Redirect, codeStep.Status);
        Assert.Equal("/compte", codeStep.Redirect);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/compte")).Status);

        using var lostPhone = app.NewVisitor();
        var again = await PasswordStepAsync(lostPhone, email);
        var recovered = await lostPhone.SubmitAsync(again.Redirect!, "code-form", new Dictionary<string, string> { ["Input.Code"] = recoveryCodes[0] });
        Assert.Equal(HttpStatusCode.Redirect, recovered.Status);

        using var reuse = app.NewVisitor();
        var third = await PasswordStepAsync(reuse, email);
        var refused = await reuse.SubmitAsync(third.Redirect!, "code-form", new Dictionary<string, string> { ["Input.Code"] = recoveryCodes[0] });
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.StartsWith("Ce code n'est pas valide.", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Turning_two_factor_off_lets_the_password_alone_sign_in_again()
    {
        var email = AccountFlows.NewEmail("totp-off");
        using var member = await app.SignedInMemberAsync(email);
        var key = (await member.GetAsync("/compte/double-authentification")).Html.QuerySelector("[data-testid=authenticator-key]")!.TextContent;
        await member.SubmitAsync("/compte/double-authentification", "enable-form", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal("La vérification en deux étapes est activée.",
            (await member.GetAsync("/compte/double-authentification")).Html.QuerySelector("[data-testid=two-factor-status]")!.TextContent);

        var off = await member.SubmitAsync("/compte/double-authentification", "disable-form", new Dictionary<string, string>());

        Assert.Equal("La vérification en deux étapes est désactivée.", off.Message);
        using var visitor = app.NewVisitor();
        var signIn = await PasswordStepAsync(visitor, email);
        Assert.Equal("/compte", signIn.Redirect);
    }

    [Fact]
    public async Task The_code_page_without_a_checked_password_goes_back_to_sign_in()
    {
        using var visitor = app.NewVisitor();

        var page = await visitor.GetAsync("/compte/connexion-2fa");

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal("/compte/connexion", page.Redirect);
    }
}
