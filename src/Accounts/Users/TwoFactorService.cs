using System.Text;
using Microsoft.AspNetCore.Identity;
using QRCoder;

namespace Plateforme.Accounts.Users;

/// <summary>Optional two-factor sign-in with an authenticator app (TOTP, RFC 6238) and single-use recovery codes.</summary>
public sealed class TwoFactorService(UserManager<PlatformUser> users, SignInManager<PlatformUser> signIn)
{
    private const string Issuer = "Plateforme";
    private const int RecoveryCodeCount = 10;

    /// <summary>The key to scan; created on first use and kept until two-factor is turned off.</summary>
    public async Task<AuthenticatorSetup> SetupAsync(PlatformUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var key = await users.GetAuthenticatorKeyAsync(user).ConfigureAwait(false);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user).ConfigureAwait(false);
            key = await users.GetAuthenticatorKeyAsync(user).ConfigureAwait(false);
        }

        var uri = new Uri($"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6");
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri.AbsoluteUri, QRCodeGenerator.ECCLevel.Q);
        var svg = new SvgQRCode(data).GetGraphic(4);
        return new AuthenticatorSetup(Group(key!), uri, svg);
    }

    /// <summary>Turns two-factor on when the code from the app is right; returns the recovery codes to show once, or null.</summary>
    public async Task<IReadOnlyList<string>?> EnableAsync(PlatformUser user, string code)
    {
        ArgumentNullException.ThrowIfNull(user);
        var token = Digits(code);
        var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, token).ConfigureAwait(false);
        if (!valid) return null;
        await users.SetTwoFactorEnabledAsync(user, true).ConfigureAwait(false);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount).ConfigureAwait(false);
        return codes?.ToList() ?? [];
    }

    /// <summary>
    /// Turns two-factor off and forgets the key, so turning it on again needs a new scan; only with the current
    /// password or a current code from the app, so a session left open is not enough. Returns false when refused.
    /// </summary>
    public async Task<bool> DisableAsync(PlatformUser user, string? passwordOrCode)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!await ConfirmsAsync(user, passwordOrCode).ConfigureAwait(false)) return false;
        await users.SetTwoFactorEnabledAsync(user, false).ConfigureAwait(false);
        await users.ResetAuthenticatorKeyAsync(user).ConfigureAwait(false);
        await signIn.RefreshSignInAsync(user).ConfigureAwait(false);
        return true;
    }

    /// <summary>The current password or a current app code; each wrong try counts towards the account's lockout.</summary>
    private async Task<bool> ConfirmsAsync(PlatformUser user, string? passwordOrCode)
    {
        if (string.IsNullOrEmpty(passwordOrCode) || await users.IsLockedOutAsync(user).ConfigureAwait(false)) return false;
        var digits = Digits(passwordOrCode);
        var confirmed = (digits.Length == 6 && digits.All(char.IsAsciiDigit)
                && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits).ConfigureAwait(false))
            || await users.CheckPasswordAsync(user, passwordOrCode).ConfigureAwait(false);
        if (confirmed) await users.ResetAccessFailedCountAsync(user).ConfigureAwait(false);
        else await users.AccessFailedAsync(user).ConfigureAwait(false);
        return confirmed;
    }

    /// <summary>The second step of sign-in: a code from the app, or one of the recovery codes (then used up).</summary>
    public async Task<bool> SignInWithCodeAsync(string code, bool remember)
    {
        var text = (code ?? "").Trim();
        var digits = Digits(text);
        if (digits.Length == 6 && digits.All(char.IsAsciiDigit))
        {
            var result = await signIn.TwoFactorAuthenticatorSignInAsync(digits, remember, rememberClient: false).ConfigureAwait(false);
            if (result.Succeeded) return true;
            if (result.IsLockedOut) return false;
        }

        var recovery = await signIn.TwoFactorRecoveryCodeSignInAsync(text.Replace(" ", "", StringComparison.Ordinal)).ConfigureAwait(false);
        return recovery.Succeeded;
    }

    /// <summary>Whether a password was checked and the code is awaited (Identity's short-lived two-factor cookie).</summary>
    public async Task<bool> IsAwaitingCodeAsync() => await signIn.GetTwoFactorAuthenticationUserAsync().ConfigureAwait(false) is not null;

    private static string Digits(string code) => (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);

    private static string Group(string key)
    {
        var grouped = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            if (grouped.Length > 0) grouped.Append(' ');
            grouped.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }

        return grouped.ToString().ToLowerInvariant();
    }
}
