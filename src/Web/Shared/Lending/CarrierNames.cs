using Microsoft.AspNetCore.Identity;
using Plateforme.Accounts.Users;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Shared.Lending;

/// <summary>Turns the lending module's opaque carrier ids into the display names the accounts module keeps.</summary>
public static class CarrierNames
{
    public static async Task<string> DisplayNameAsync(UserManager<PlatformUser> users, string carrierUserId)
    {
        ArgumentNullException.ThrowIfNull(users);
        var user = await users.FindByIdAsync(carrierUserId);
        return string.IsNullOrWhiteSpace(user?.DisplayName) ? LendingText.UnknownCarrier : user.DisplayName;
    }
}
