using System.Text.Json.Nodes;
using Plateforme.Accounts.Personal;
using Plateforme.Accounts.Users;
using Plateforme.Search.Moderation;

namespace Plateforme.Web.Moderation.Calls;

/// <summary>
/// The catalogue's part of a person's data, for the accounts module that cannot see the catalogue: the calls they
/// posted and the moderation decisions they took are exported, and on deletion kept but anonymised.
/// </summary>
public sealed class ModerationRecordKeeper(ModerationReader reader, ModerationErasure erasure) : IPersonalDataContributor
{
    public string Name => "appelsEtModeration";

    public async Task<JsonNode> ExportAsync(PlatformUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var (calls, decisions) = await reader.OfPersonAsync(user.Id, cancellationToken);
        return new JsonObject
        {
            ["appelsProposes"] = new JsonArray([.. calls.Select(c => (JsonNode?)new JsonObject { ["titre"] = c.Title, ["statut"] = c.State.ToString() })]),
            ["decisionsDeModeration"] = decisions,
        };
    }

    public Task DeleteAsync(PlatformUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return erasure.AnonymiseAsync(user.Id, cancellationToken);
    }
}
