namespace Plateforme.Accounts.Users;

public enum SignInOutcome
{
    SignedIn,

    /// <summary>Unknown address, wrong password or locked out: one message for all, so nothing is revealed.</summary>
    Failed,

    /// <summary>Right password, address not yet confirmed: a new link was sent.</summary>
    ConfirmationResent,
}
