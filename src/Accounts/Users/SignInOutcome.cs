namespace Plateforme.Accounts.Users;

public enum SignInOutcome
{
    SignedIn,

    /// <summary>Unknown address, wrong password or locked out: one message for all, so nothing is revealed.</summary>
    Failed,

    /// <summary>Right password, address not yet confirmed: a new link was sent.</summary>
    ConfirmationResent,

    /// <summary>Right password, two-factor on: the code is asked next (Identity's two-factor cookie holds the person).</summary>
    RequiresTwoFactor,
}
