using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Plateforme.Accounts.Users;

/// <summary>
/// One password hash made once for the whole process: a sign-in with an unknown address verifies against it, so it
/// costs one hash verification, as a wrong password for a known address does (no timing tells them apart).
/// </summary>
public sealed class DecoyPassword(IOptions<PasswordHasherOptions> options)
{
    private static readonly PlatformUser Nobody = new();

    // The same hasher and settings Identity uses for real accounts, so a verification costs the same.
    private readonly PasswordHasher<PlatformUser> hasher = new(options);
    private readonly Lazy<string> hash = new(() => new PasswordHasher<PlatformUser>(options).HashPassword(Nobody, Guid.NewGuid().ToString()));

    /// <summary>Pays for one verification, as checking a real account's password would; the answer is always no.</summary>
    public void Verify(string password) => hasher.VerifyHashedPassword(Nobody, hash.Value, password);
}
