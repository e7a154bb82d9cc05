using System.Text.Json.Nodes;
using Plateforme.Accounts.Personal;
using Plateforme.Accounts.Users;
using Plateforme.Lending.Personal;

namespace Plateforme.Web.Accounts.Personal;

/// <summary>
/// Lending's part of a person's data, for the accounts module that cannot see lending: pledges, contracts, campaigns,
/// messages, balance and withdrawals in the export; deletion refused while a loan runs or money is still theirs, and
/// otherwise the identity pseudonymised with contracts' amounts and the ledger kept (docs/retention.md).
/// </summary>
public sealed class LendingPersonalDataContributor(LendingPersonalData lending) : IPersonalDataContributor
{
    public string Name => "prets";

    public async Task<JsonNode> ExportAsync(PlatformUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return await lending.ExportAsync(user.Id.ToString(), cancellationToken);
    }

    public async Task<IReadOnlyList<string>> DeletionRefusalsAsync(PlatformUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return (await lending.AssessDeletionAsync(user.Id.ToString(), cancellationToken)).Refusals;
    }

    public async Task DeleteAsync(PlatformUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        try
        {
            await lending.PseudonymiseAsync(user.Id.ToString(), cancellationToken);
        }
        catch (LendingDeletionRefusedException refused)
        {
            throw new AccountDeletionRefusedException(refused.Refusals, refused);
        }
    }
}
