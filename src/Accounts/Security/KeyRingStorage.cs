using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Accounts.Store;
using Plateforme.Data;

namespace Plateforme.Accounts.Security;

/// <summary>
/// Where the Data Protection keys live (they sign the sign-in cookie and the antiforgery tokens). On PostgreSQL
/// they are rows of accounts."DataProtectionKeys", so a cookie issued by one web node is read by every other and
/// survives a container's replacement. On a single SQLite machine they stay in the default local folder.
/// </summary>
public static class KeyRingStorage
{
    /// <summary>Every node names the application the same, whatever folder it runs from: the keys are shared by name.</summary>
    public const string ApplicationName = "Plateforme";

    public static IServiceCollection AddSharedKeyRing(this IServiceCollection services, DatabaseOptions database)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (database.Provider != DatabaseProvider.PostgreSql) return services;
        services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<AccountsDbContext>();
        return services;
    }
}
