using Plateforme.Accounts.Personal;
using Plateforme.Search.Moderation;

namespace Plateforme.Web.Components.CallModeration;

/// <summary>Lets the accounts module anonymise the catalogue's moderation records without seeing the catalogue.</summary>
public sealed class ModerationRecordKeeper(ModerationErasure erasure) : IPersonalRecordKeeper
{
    public Task AnonymiseAsync(Guid userId, CancellationToken cancellationToken = default) => erasure.AnonymiseAsync(userId, cancellationToken);
}
