using Microsoft.AspNetCore.WebUtilities;

namespace Plateforme.Accounts.Users;

/// <summary>Absolute links written into e-mails, built on the configured public address (<see cref="PublicSiteOptions"/>), never on the request's host.</summary>
public sealed record AccountLinks(Uri BaseAddress)
{
    /// <summary>
    /// A local path (checked by the caller) the confirmation link carries on, so that a person who signed up from a
    /// page comes back to it after confirming and signing in.
    /// </summary>
    public string? ReturnPath { get; init; }

    public Uri Confirm(Guid userId, string code) =>
        new(BaseAddress, QueryHelpers.AddQueryString(AccountPaths.ConfirmEmail, new Dictionary<string, string?>
        {
            ["utilisateur"] = userId.ToString(),
            ["code"] = code,
            [AccountPaths.ReturnParameter] = ReturnPath,
        }.Where(pair => pair.Value is not null)));

    public Uri Reset(Guid userId, string code) =>
        new(BaseAddress, QueryHelpers.AddQueryString(AccountPaths.ResetPassword, new Dictionary<string, string?> { ["utilisateur"] = userId.ToString(), ["code"] = code }));

    public Uri SignIn => new(BaseAddress, AccountPaths.SignIn);

    public Uri ForgotPassword => new(BaseAddress, AccountPaths.ForgotPassword);
}
