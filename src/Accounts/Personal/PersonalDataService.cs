using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Plateforme.Accounts.Organisations;
using Plateforme.Accounts.Users;

namespace Plateforme.Accounts.Personal;

/// <summary>RGPD: what we hold about a person, as JSON, and the deletion of their account.</summary>
public sealed class PersonalDataService(UserManager<PlatformUser> users, OrganisationService organisations, IEnumerable<IPersonalDataContributor> contributors)
{
    public static JsonSerializerOptions JsonOptions { get; } = new() { WriteIndented = true };

    public async Task<JsonObject> ExportAsync(PlatformUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var roles = await users.GetRolesAsync(user).ConfigureAwait(false);
        var memberships = await organisations.ForUserAsync(user.Id, cancellationToken).ConfigureAwait(false);
        var export = new JsonObject
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
        foreach (var contributor in contributors)
        {
            export[contributor.Name] = await contributor.ExportAsync(user, cancellationToken).ConfigureAwait(false);
        }
        return export;
    }

    /// <summary>What stops the account's deletion now, from every module, in French; empty when nothing does.</summary>
    public async Task<IReadOnlyList<string>> DeletionRefusalsAsync(PlatformUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var refusals = new List<string>();
        foreach (var contributor in contributors)
        {
            refusals.AddRange(await contributor.DeletionRefusalsAsync(user, cancellationToken).ConfigureAwait(false));
        }

        return refusals;
    }

    /// <summary>
    /// Deletes the account and its memberships (cascade); the organisations stay, they are not personal data.
    /// Records other modules keep about the person's actions must refer to the id only, which then names no one.
    /// </summary>
    public async Task<AccountResult> DeleteAsync(PlatformUser user, string password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!await users.CheckPasswordAsync(user, password).ConfigureAwait(false))
        {
            return AccountResult.Failed(Resources.AccountText.PasswordMismatch);
        }

        // Asked again here, not only on the page: a loan may have started since the page was shown.
        var refusals = await DeletionRefusalsAsync(user).ConfigureAwait(false);
        if (refusals.Count > 0)
        {
            return new AccountResult(refusals);
        }

        try
        {
            foreach (var contributor in contributors)
            {
                await contributor.DeleteAsync(user).ConfigureAwait(false);
            }
        }
        catch (AccountDeletionRefusedException refused)
        {
            return new AccountResult(refused.Reasons);
        }

        var result = await users.DeleteAsync(user).ConfigureAwait(false);
        return result.Succeeded ? AccountResult.Success : new AccountResult(result.Errors.Select(e => e.Description).ToList());
    }
}
