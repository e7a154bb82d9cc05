using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Plateforme.Accounts.Users;
using Plateforme.Lending.Documents;
using Plateforme.Web.Shared.Lending;

namespace Plateforme.Web.Lending.Documents;

/// <summary>Loads a loan's documents for a reader: only its lender and moderators may read them.</summary>
public static class LoanDocumentAccess
{
    /// <summary>Null when there is no such loan; <c>Allowed</c> false when the reader is someone else.</summary>
    public static async Task<(LoanDocument? Document, bool Allowed)> LoadAsync(
        LoanDocumentService documents, UserManager<PlatformUser> users, ClaimsPrincipal reader, Guid pledgeId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(reader);
        var document = await documents.FindAsync(pledgeId, cancellationToken);
        if (document is null) return (null, false);
        var allowed = reader.IsModerator() || string.Equals(reader.UserId()?.ToString(), document.LenderUserId, StringComparison.Ordinal);
        if (!allowed) return (document, false);
        return (document with { CarrierName = await CarrierNames.DisplayNameAsync(users, document.CarrierUserId) }, true);
    }
}
