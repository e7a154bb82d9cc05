using Microsoft.AspNetCore.Identity;

namespace Plateforme.Accounts.Users;

/// <summary>A person with an account: a lender, a project carrier, a member of organisations, a moderator.</summary>
public sealed class PlatformUser : IdentityUser<Guid>
{
    /// <summary>The name shown to others (never the e-mail address).</summary>
    [PersonalData]
    public string DisplayName { get; set; } = "";

    [PersonalData]
    public DateTimeOffset CreatedAt { get; set; }
}
