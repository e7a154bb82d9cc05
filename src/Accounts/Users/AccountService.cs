using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Plateforme.Accounts.Mail;
using Plateforme.Accounts.Resources;

namespace Plateforme.Accounts.Users;

/// <summary>
/// Sign-up, confirmation, sign-in and password reset, written so that no answer and no timing tells whether
/// an address has an account: unknown addresses still pay for a password hash, and a sign-up with a known
/// address looks the same as a new one (its owner gets an e-mail instead).
/// </summary>
public sealed class AccountService(
    UserManager<PlatformUser> users,
    SignInManager<PlatformUser> signIn,
    IMailer mailer,
    DecoyPassword decoy,
    TimeProvider clock)
{

    public async Task<AccountResult> SignUpAsync(SignUpRequest request, AccountLinks links, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(links);
        var email = request.Email.Trim();
        var user = new PlatformUser
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            UserName = email,
            Email = email,
            DisplayName = request.DisplayName.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };

        // Checked first for every address, so a weak password is refused the same way whether the address is known or not.
        var passwordErrors = await PasswordErrorsAsync(user, request.Password).ConfigureAwait(false);
        if (passwordErrors.Count > 0) return new AccountResult(passwordErrors);

        var existing = await users.FindByEmailAsync(email).ConfigureAwait(false);
        if (existing is null)
        {
            var created = await users.CreateAsync(user, request.Password).ConfigureAwait(false);
            if (created.Succeeded)
            {
                await SendConfirmationAsync(user, links, cancellationToken).ConfigureAwait(false);
                return AccountResult.Success;
            }

            if (!created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)))
            {
                return new AccountResult(created.Errors.Select(e => e.Description).ToList());
            }

            existing = await users.FindByEmailAsync(email).ConfigureAwait(false);
            if (existing is null) return AccountResult.Success;
        }
        else
        {
            users.PasswordHasher.HashPassword(user, request.Password);
        }

        var reminder = AccountMails.AlreadyRegistered(existing.Email!, existing.DisplayName, links.SignIn, links.ForgotPassword);
        await mailer.SendAsync(reminder, cancellationToken).ConfigureAwait(false);
        return AccountResult.Success;
    }

    public async Task<bool> ConfirmEmailAsync(string? userId, string? code)
    {
        if (!Guid.TryParse(userId, out _) || string.IsNullOrEmpty(code)) return false;
        var user = await users.FindByIdAsync(userId!).ConfigureAwait(false);
        if (user is null || Decode(code) is not { } token) return false;
        var result = await users.ConfirmEmailAsync(user, token).ConfigureAwait(false);
        return result.Succeeded;
    }

    /// <summary>Signs in with the cookie on success; five failures lock the account for 15 minutes.</summary>
    public async Task<SignInOutcome> SignInAsync(string email, string password, bool remember, AccountLinks links, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(links);
        var user = await users.FindByEmailAsync(email.Trim()).ConfigureAwait(false);
        if (user is null)
        {
            // One verification against a hash made once per process, not per request: the cost of a wrong password.
            decoy.Verify(password);
            return SignInOutcome.Failed;
        }

        var result = await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true).ConfigureAwait(false);
        if (result.Succeeded) return SignInOutcome.SignedIn;
        if (result.RequiresTwoFactor) return SignInOutcome.RequiresTwoFactor;
        if (result.IsNotAllowed && !user.EmailConfirmed && !await users.IsLockedOutAsync(user).ConfigureAwait(false)
            && await users.CheckPasswordAsync(user, password).ConfigureAwait(false))
        {
            await SendConfirmationAsync(user, links, cancellationToken).ConfigureAwait(false);
            return SignInOutcome.ConfirmationResent;
        }

        return SignInOutcome.Failed;
    }

    public Task SignOutAsync() => signIn.SignOutAsync();

    /// <summary>Sends a reset link when the address has an account; says nothing either way.</summary>
    public async Task RequestPasswordResetAsync(string email, AccountLinks links, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(links);
        var user = await users.FindByEmailAsync(email.Trim()).ConfigureAwait(false);
        if (user is null) return;
        var token = await users.GeneratePasswordResetTokenAsync(user).ConfigureAwait(false);
        var mail = AccountMails.PasswordReset(user.Email!, user.DisplayName, links.Reset(user.Id, Encode(token)));
        await mailer.SendAsync(mail, cancellationToken).ConfigureAwait(false);
    }

    public async Task<AccountResult> ResetPasswordAsync(string? userId, string? code, string newPassword)
    {
        var user = Guid.TryParse(userId, out _) ? await users.FindByIdAsync(userId!).ConfigureAwait(false) : null;
        if (user is null || string.IsNullOrEmpty(code) || Decode(code) is not { } token) return AccountResult.Failed(AccountText.LinkInvalid);
        var result = await users.ResetPasswordAsync(user, token, newPassword).ConfigureAwait(false);
        if (!result.Succeeded) return new AccountResult(result.Errors.Select(e => e.Description).ToList());

        // Whoever asked for the link owns the mailbox: that confirms the address, and ends an earlier lockout.
        if (!user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            await users.UpdateAsync(user).ConfigureAwait(false);
        }

        await users.SetLockoutEndDateAsync(user, null).ConfigureAwait(false);
        await users.ResetAccessFailedCountAsync(user).ConfigureAwait(false);
        return AccountResult.Success;
    }

    private async Task SendConfirmationAsync(PlatformUser user, AccountLinks links, CancellationToken cancellationToken)
    {
        var token = await users.GenerateEmailConfirmationTokenAsync(user).ConfigureAwait(false);
        var mail = AccountMails.Confirmation(user.Email!, user.DisplayName, links.Confirm(user.Id, Encode(token)));
        await mailer.SendAsync(mail, cancellationToken).ConfigureAwait(false);
    }

    private async Task<List<string>> PasswordErrorsAsync(PlatformUser user, string password)
    {
        var errors = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password).ConfigureAwait(false);
            errors.AddRange(result.Errors.Select(e => e.Description));
        }

        return errors;
    }

    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    private static string? Decode(string code)
    {
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
