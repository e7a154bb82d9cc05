namespace Plateforme.Accounts;

/// <summary>"Accounts:SeedAdmin": an administrator created at start when both are set. For local use only.</summary>
public sealed class SeedAdminOptions
{
    public string? Email { get; set; }

    public string? Password { get; set; }
}
