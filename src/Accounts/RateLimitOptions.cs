using System.ComponentModel.DataAnnotations;

namespace Plateforme.Accounts;

/// <summary>"Accounts:RateLimit": form posts allowed per address and per form (sign-in, sign-up, reset) in a window.</summary>
public sealed class RateLimitOptions
{
    [Range(1, 100_000)]
    public int PermitLimit { get; set; } = 10;

    [Range(1, 86_400)]
    public int WindowSeconds { get; set; } = 60;
}
