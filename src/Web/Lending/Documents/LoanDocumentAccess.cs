using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Plateforme.Accounts.Users;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Documents;
using Plateforme.Web.Shared.Lending;
using Plateforme.Web.Shared.Structures;

namespace Plateforme.Web.Lending.Documents;

/// <summary>
/// Loads a loan's documents for a reader: only its lender and the moderators of its campaign may read them (the
/// platform's, or a structure's when the campaign lies in its territories).
/// </summary>
public static class LoanDocumentAccess
{
    /// <summary>
    /// Null when there is no such loan, or when the reader moderates for a structure whose territories do not hold
    /// the campaign (such a reader learns nothing of it); <c>Allowed</c> false when the reader is someone else.
    /// </summary>
    public static async Task<(LoanDocument? Document, bool Allowed)> LoadAsync(IServiceProvider services, ClaimsPrincipal reader, Guid pledgeId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(reader);
        var document = await services.GetRequiredService<LoanDocumentService>().FindAsync(pledgeId, cancellationToken);
        if (document is null) return (null, false);
        var isLender = string.Equals(reader.UserId()?.ToString(), document.LenderUserId, StringComparison.Ordinal);
        if (!isLender)
        {
            var scope = services.GetRequiredService<ModerationScopes>().For(reader);
            if (scope == ModerationScope.Nothing) return (document, false);
            var campaign = scope.IsWhole ? null : await services.GetRequiredService<CampaignService>().FindAsync(document.CampaignId, cancellationToken);
            if (!scope.IsWhole && !scope.Covers(campaign?.Territory)) return (null, false);
        }

        var users = services.GetRequiredService<UserManager<PlatformUser>>();
        return (document with { CarrierName = await CarrierNames.DisplayNameAsync(users, document.CarrierUserId) }, true);
    }
}
