using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Plateforme.Accounts.Organisations;
using Plateforme.Accounts.Users;

namespace Plateforme.Accounts.Personal;

/// <summary>RGPD: what we hold about a person, as JSON, and the deletion of their account.</summary>
public sealed class PersonalDataService(UserManager<PlatformUser> users, OrganisationService organisations, IEnumerable<IPersonalRecordKeeper> keepers)
{
    public static JsonSerializerOptions JsonOptions { get; } = new() { WriteIndented = true };

    public async Task<JsonObject> ExportAsync(PlatformUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var roles = await users.GetRolesAsync(user).ConfigureAwait(false);
        var memberships = await organisations.ForUserAsync(user.Id, cancellationToken).ConfigureAwait(false);
        return new JsonObject
        {
            ["compte"] = new JsonObject
            {
                ["identifiant"] = user.Id.ToString(),
                ["email"] = user.Email,
                ["emailConfirme"] = user.EmailConfirmed,
                ["nomAffiche"] = user.DisplayName,
                ["creeLe"] = user.CreatedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                ["doubleAuthentification"] = user.TwoFactorEnabled,
            },
            ["roles"] = new JsonArray(roles.Select(r => (JsonNode?)JsonValue.Create(r)).ToArray()),
            ["organisations"] = new JsonArray(memberships.Select(m => (JsonNode?)new JsonObject
            {
                ["nom"] = m.Organisation.Name,
                ["identifiant"] = m.Organisation.Identifier,
                ["role"] = m.Role.ToString(),
            }).ToArray()),
        };
    }

    /// <summary>
    /// Deletes the account and its memberships (cascade); the organisations stay, they are not personal data.
    /// Records other modules keep about the person's actions refer to the id only; each <see cref="IPersonalRecordKeeper"/>
    /// then removes that id from its records, which it keeps.
    /// </summary>
    public async Task<AccountResult> DeleteAsync(PlatformUser user, string password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!await users.CheckPasswordAsync(user, password).ConfigureAwait(false))
        {
            return AccountResult.Failed(Resources.AccountText.PasswordMismatch);
        }

        var result = await users.DeleteAsync(user).ConfigureAwait(false);
        if (!result.Succeeded) return new AccountResult(result.Errors.Select(e => e.Description).ToList());
        foreach (var keeper in keepers) await keeper.AnonymiseAsync(user.Id).ConfigureAwait(false);
        return AccountResult.Success;
    }
}
