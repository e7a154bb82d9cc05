namespace Plateforme.Accounts.Users;

/// <summary>Platform-wide roles. Any signed-in person may lend; membership roles live on organisations.</summary>
public static class PlatformRoles
{
    public const string Moderator = "moderator";
    public const string Administrator = "administrator";

    public static IReadOnlyList<string> All { get; } = [Moderator, Administrator];
}
