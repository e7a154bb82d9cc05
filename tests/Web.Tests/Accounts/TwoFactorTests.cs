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

    /// <summary>A confirmed member who scanned the QR code and turned two-factor on with the app's code.</summary>
    private async Task<(string Email, string Key, IReadOnlyList<string> RecoveryCodes)> MemberWithTwoFactorAsync(string who)
    {
        var email = AccountFlows.NewEmail(who);
        using var member = await app.SignedInMemberAsync(email);
        var key = (await member.GetAsync("/compte/double-authentification")).Html.QuerySelector("[data-testid=authenticator-key]")!.TextContent;
        var enabled = await member.SubmitAsync("/compte/double-authentification", "enable-form", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        var recoveryCodes = enabled.Html.QuerySelectorAll("[data-testid=recovery-codes] code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, recoveryCodes.Count);
        return (email, key, recoveryCodes);
    }

    [Fact]
    public async Task The_setup_page_shows_a_QR_code()
    {
        using var member = await app.SignedInMemberAsync(AccountFlows.NewEmail("totp-qr"));

        var setup = await member.GetAsync("/compte/double-authentification");

        Assert.NotNull(setup.Html.QuerySelector("[data-testid=two-factor] svg"));
    }

    [Fact]
    public async Task A_wrong_code_does_not_turn_two_factor_on()
    {
        var email = AccountFlows.NewEmail("totp-faux");
        using var member = await app.SignedInMemberAsync(email);
        var key = (await member.GetAsync("/compte/double-authentification")).Html.QuerySelector("[data-testid=authenticator-key]")!.TextContent;

        var wrong = await member.SubmitAsync("/compte/double-authentification", "enable-form", new Dictionary<string, string> { ["Input.Code"] = "000000" == Totp.Code(key, DateTimeOffset.UtcNow) ? "111111" : "000000" });

        Assert.StartsWith("Ce code n'est pas valide.", wrong.Message, StringComparison.Ordinal);
        using var visitor = app.NewVisitor();
        Assert.Equal("/compte", (await PasswordStepAsync(visitor, email)).Redirect);
    }

    [Fact]
    public async Task With_two_factor_on_sign_in_asks_for_the_app_code()
    {
        var (email, key, _) = await MemberWithTwoFactorAsync("totp");
        using var phone = app.NewVisitor();

        var passwordStep = await PasswordStepAsync(phone, email);
        var beforeCode = await phone.GetAsync("/compte");
        var codeStep = await phone.SubmitAsync(passwordStep.Redirect!, "code-form", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });

        Assert.Equal(HttpStatusCode.Redirect, passwordStep.Status);
        Assert.StartsWith("/compte/connexion-2fa?", passwordStep.Redirect, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, beforeCode.Status);
        Assert.Equal(HttpStatusCode.Redirect, codeStep.Status);
        Assert.Equal("/compte", codeStep.Redirect);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/compte")).Status);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_in_place_of_the_app_code()
    {
        var (email, _, recoveryCodes) = await MemberWithTwoFactorAsync("totp-secours");
        using var lostPhone = app.NewVisitor();
        var passwordStep = await PasswordStepAsync(lostPhone, email);

        var recovered = await lostPhone.SubmitAsync(passwordStep.Redirect!, "code-form", new Dictionary<string, string> { ["Input.Code"] = recoveryCodes[0] });

        Assert.Equal(HttpStatusCode.Redirect, recovered.Status);
        Assert.Equal(HttpStatusCode.OK, (await lostPhone.GetAsync("/compte")).Status);
    }

    [Fact]
    public async Task A_recovery_code_is_refused_the_second_time()
    {
        var (email, _, recoveryCodes) = await MemberWithTwoFactorAsync("totp-reemploi");
        using (var lostPhone = app.NewVisitor())
        {
            var first = await PasswordStepAsync(lostPhone, email);
            await lostPhone.SubmitAsync(first.Redirect!, "code-form", new Dictionary<string, string> { ["Input.Code"] = recoveryCodes[0] });
        }

        using var reuse = app.NewVisitor();
        var passwordStep = await PasswordStepAsync(reuse, email);
        var refused = await reuse.SubmitAsync(passwordStep.Redirect!, "code-form", new Dictionary<string, string> { ["Input.Code"] = recoveryCodes[0] });

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.StartsWith("Ce code n'est pas valide.", refused.Message, StringComparison.Ordinal);
    }

    private const string StatusOn = "La vérification en deux étapes est activée.";

    private static async Task<string?> StatusAsync(AccountClient member) =>
        (await member.GetAsync("/compte/double-authentification")).Html.QuerySelector("[data-testid=two-factor-status]")?.TextContent;

    private static Task<AccountClient.Page> TurnOffAsync(AccountClient member, string? passwordOrCode) =>
        member.SubmitAsync("/compte/double-authentification", "disable-form",
            passwordOrCode is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Confirm.Secret"] = passwordOrCode });

    [Fact]
    public async Task Turning_two_factor_off_with_the_password_lets_the_password_alone_sign_in_again()
    {
        var email = AccountFlows.NewEmail("totp-off");
        using var member = await app.SignedInMemberAsync(email);
        var key = (await member.GetAsync("/compte/double-authentification")).Html.QuerySelector("[data-testid=authenticator-key]")!.TextContent;
        await member.SubmitAsync("/compte/double-authentification", "enable-form", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(StatusOn, await StatusAsync(member));

        var off = await TurnOffAsync(member, AccountFlows.Password);

        Assert.Equal("La vérification en deux étapes est désactivée.", off.Message);
        using var visitor = app.NewVisitor();
        var signIn = await PasswordStepAsync(visitor, email);
        Assert.Equal("/compte", signIn.Redirect);
    }

    [Fact]
    public async Task Turning_two_factor_off_with_a_current_app_code_works()
    {
        var email = AccountFlows.NewEmail("totp-off-code");
        using var member = await app.SignedInMemberAsync(email);
        var key = (await member.GetAsync("/compte/double-authentification")).Html.QuerySelector("[data-testid=authenticator-key]")!.TextContent;
        await member.SubmitAsync("/compte/double-authentification", "enable-form", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });

        var off = await TurnOffAsync(member, Totp.Code(key, DateTimeOffset.UtcNow));

        Assert.Equal("La vérification en deux étapes est désactivée.", off.Message);
        Assert.Null(await StatusAsync(member));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("pas-le-bon-mot-de-passe")]
    [InlineData("000000")]
    public async Task Turning_two_factor_off_without_the_password_or_a_code_is_refused(string? passwordOrCode)
    {
        var email = AccountFlows.NewEmail("totp-off-refus");
        using var member = await app.SignedInMemberAsync(email);
        var key = (await member.GetAsync("/compte/double-authentification")).Html.QuerySelector("[data-testid=authenticator-key]")!.TextContent;
        await member.SubmitAsync("/compte/double-authentification", "enable-form", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        if (passwordOrCode == "000000" && Totp.Code(key, DateTimeOffset.UtcNow) == "000000") passwordOrCode = "111111";

        var refused = await TurnOffAsync(member, passwordOrCode);

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("Mot de passe ou code incorrect : la vérification en deux étapes reste activée.", refused.Message);
        Assert.Equal("", refused.Html.QuerySelector("#confirmer")?.GetAttribute("value") ?? "");
        Assert.Equal(StatusOn, await StatusAsync(member));
        using var visitor = app.NewVisitor();
        Assert.StartsWith("/compte/connexion-2fa?", (await PasswordStepAsync(visitor, email)).Redirect, StringComparison.Ordinal);
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
