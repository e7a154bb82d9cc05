using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Plateforme.Accounts.Resources;

namespace Plateforme.Accounts.Users;

/// <summary>Identity's validation messages in French, for the ones a person can meet in our forms.</summary>
internal sealed class FrenchIdentityErrors : IdentityErrorDescriber
{
    /// <summary>The accounts module's one French culture (Identity messages, e-mails).</summary>
    internal static CultureInfo French { get; } = CultureInfo.GetCultureInfo("fr-FR");

    public override IdentityError DefaultError() => Error(nameof(DefaultError), AccountText.GenericIdentityError);

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), string.Format(French, AccountText.PasswordTooShort, length));

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), AccountText.PasswordRequiresDigit);

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), AccountText.PasswordRequiresLower);

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), AccountText.PasswordRequiresUpper);

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), AccountText.PasswordRequiresNonAlphanumeric);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), string.Format(French, AccountText.PasswordRequiresUniqueChars, uniqueChars));

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), AccountText.InvalidEmail);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), AccountText.InvalidEmail);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), AccountText.PasswordMismatch);

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), AccountText.LinkInvalid);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
