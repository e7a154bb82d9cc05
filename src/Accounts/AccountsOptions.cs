using Microsoft.Extensions.Options;
using Plateforme.Accounts.Mail;

namespace Plateforme.Accounts;

/// <summary>"Accounts". The database itself is the platform's one database ("Database").</summary>
public sealed class AccountsOptions
{
    public const string SectionName = "Accounts";

    public SeedAdminOptions SeedAdmin { get; set; } = new();

    [ValidateObjectMembers]
    public MailOptions Mail { get; set; } = new();

    [ValidateObjectMembers]
    public RateLimitOptions RateLimit { get; set; } = new();
}
