namespace Plateforme.Accounts;

/// <summary>The account pages' addresses, shared by the pages, the cookie settings, the rate limiter and the e-mails.</summary>
public static class AccountPaths
{
    public const string SignUp = "/compte/inscription";
    public const string ConfirmEmail = "/compte/confirmer";
    public const string SignIn = "/compte/connexion";
    public const string SignOut = "/compte/deconnexion";
    public const string SignInWithCode = "/compte/connexion-2fa";
    public const string TwoFactor = "/compte/double-authentification";
    public const string ForgotPassword = "/compte/mot-de-passe-oublie";
    public const string ResetPassword = "/compte/reinitialiser";
    public const string MyAccount = "/compte";
    public const string PersonalData = "/compte/donnees";
    public const string DeleteAccount = "/compte/supprimer";
    public const string NewOrganisation = "/compte/organisations/nouvelle";
    public const string Organisation = "/organisations";
    public const string AdminAccounts = "/admin/comptes";

    /// <summary>The query parameter carrying where to go after signing in.</summary>
    public const string ReturnParameter = "retour";

    /// <summary>Forms whose posts are rate limited per client address.</summary>
    public static IReadOnlySet<string> Limited { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        SignUp, SignIn, SignInWithCode, ForgotPassword, ResetPassword,
    };

    public static string OrganisationPage(Guid id) => $"{Organisation}/{id}";
}
