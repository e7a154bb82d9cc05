using System.Text.Json.Nodes;
using Plateforme.Accounts.Users;

namespace Plateforme.Accounts.Personal;

/// <summary>
/// A module that keeps personal data of its own (alerts, say) and cannot be seen from here: it adds its part to
/// the export and erases it when the account is deleted.
/// </summary>
public interface IPersonalDataContributor
{
    /// <summary>The key of this module's part in the exported JSON ("alertes").</summary>
    string Name { get; }

    Task<JsonNode> ExportAsync(PlatformUser user, CancellationToken cancellationToken = default);

    /// <summary>Called just before the account itself is deleted, once no contributor refuses.</summary>
    Task DeleteAsync(PlatformUser user, CancellationToken cancellationToken = default);

    /// <summary>
    /// Why the account cannot be deleted now (records this module must keep tied to a reachable person, such as a
    /// running loan), in French, one sentence each; empty when it can. Shown before the person confirms.
    /// </summary>
    Task<IReadOnlyList<string>> DeletionRefusalsAsync(PlatformUser user, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>([]);
}
