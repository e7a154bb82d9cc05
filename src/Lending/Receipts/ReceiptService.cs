using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Lending.Resources;
using Plateforme.Lending.Store;
using Plateforme.Lending.Validation;

namespace Plateforme.Lending.Receipts;

/// <summary>
/// Tax receipts for donations: the issuers' mentions and eligibility (moderators), each donor's receipts and annual
/// summaries, and an issuer's register. Receipts themselves are issued and cancelled by the collection and refund of
/// the donation (<see cref="DonationReceipts"/>), never here.
/// </summary>
public sealed class ReceiptService(LendingWrites writes, TimeProvider time)
{
    public const int MaxTextLength = 300;

    public Task<ReceiptIssuer?> FindIssuerAsync(string issuerKey, CancellationToken cancellationToken = default) =>
        writes.ReadAsync(db => db.Set<ReceiptIssuer>().AsNoTracking().FirstOrDefaultAsync(i => i.IssuerKey == issuerKey, cancellationToken), cancellationToken);

    /// <summary>The issuer of a campaign's receipts when it is eligible; null when donations to it get no receipt.</summary>
    public Task<ReceiptIssuer?> FindEligibleIssuerOfCampaignAsync(Guid campaignId, CancellationToken cancellationToken = default) =>
        writes.ReadAsync(async db =>
        {
            var campaign = await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == campaignId, cancellationToken);
            if (campaign is null) return null;
            var key = ReceiptIssuerKeys.Of(campaign);
            return await db.Set<ReceiptIssuer>().AsNoTracking().FirstOrDefaultAsync(i => i.IssuerKey == key && i.Eligible, cancellationToken);
        }, cancellationToken);

    public Task<List<ReceiptIssuer>> ListIssuersAsync(CancellationToken cancellationToken = default) =>
        writes.ReadAsync(async db => (await db.Set<ReceiptIssuer>().AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(i => i.Name, StringComparer.Ordinal).ToList(), cancellationToken);

    /// <summary>Creates or updates an issuer's mentions (moderators). Issued receipts keep the mentions they were issued with.</summary>
    public Task<ReceiptIssuer> SaveIssuerAsync(ReceiptIssuerDraft draft, string moderatorId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentException.ThrowIfNullOrWhiteSpace(moderatorId);
        Validate(draft);
        return writes.RunAsync(async db =>
        {
            var issuer = await db.Set<ReceiptIssuer>().FirstOrDefaultAsync(i => i.IssuerKey == draft.IssuerKey, cancellationToken);
            if (issuer is null)
            {
                issuer = new ReceiptIssuer { IssuerKey = draft.IssuerKey, Name = "", Address = "", Purpose = "", Kind = "", SignerName = "", SignerRole = "" };
                db.Set<ReceiptIssuer>().Add(issuer);
            }

            issuer.Eligible = draft.Eligible;
            issuer.Name = draft.Name.Trim();
            issuer.Address = draft.Address.Trim();
            issuer.Purpose = draft.Purpose.Trim();
            issuer.Kind = draft.Kind.Trim();
            issuer.SignerName = draft.SignerName.Trim();
            issuer.SignerRole = draft.SignerRole.Trim();
            issuer.UpdatedAt = time.GetUtcNow();
            issuer.UpdatedBy = moderatorId;
            await db.SaveChangesAsync(cancellationToken);
            return issuer;
        }, cancellationToken);
    }

    public Task<DonationReceipt?> FindAsync(Guid receiptId, CancellationToken cancellationToken = default) =>
        writes.ReadAsync(db => db.Set<DonationReceipt>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == receiptId, cancellationToken), cancellationToken);

    /// <summary>A donor's receipts, newest first (cancelled ones included, marked).</summary>
    public Task<List<DonationReceipt>> ListForDonorAsync(string donorUserId, CancellationToken cancellationToken = default) =>
        writes.ReadAsync(async db => (await db.Set<DonationReceipt>().AsNoTracking().Where(r => r.DonorUserId == donorUserId).ToListAsync(cancellationToken))
            .OrderByDescending(r => r.Year).ThenByDescending(r => r.IssuedAt).ThenByDescending(r => r.Sequence).ToList(), cancellationToken);

    /// <summary>An issuer's register, in number order (a year, or all of them).</summary>
    public Task<List<DonationReceipt>> ListForIssuerAsync(string issuerKey, int? year = null, CancellationToken cancellationToken = default) =>
        writes.ReadAsync(async db => (await db.Set<DonationReceipt>().AsNoTracking()
                .Where(r => r.IssuerKey == issuerKey && (year == null || r.Year == year)).ToListAsync(cancellationToken))
            .OrderBy(r => r.Year).ThenBy(r => r.Sequence).ToList(), cancellationToken);

    /// <summary>A donor's valid receipts of one issuer and year; null when there is none.</summary>
    public async Task<AnnualReceiptSummary?> GetAnnualSummaryAsync(string donorUserId, string issuerKey, int year, CancellationToken cancellationToken = default)
    {
        var receipts = await writes.ReadAsync(async db => await db.Set<DonationReceipt>().AsNoTracking()
            .Where(r => r.DonorUserId == donorUserId && r.IssuerKey == issuerKey && r.Year == year && r.CancelledAt == null)
            .ToListAsync(cancellationToken), cancellationToken);
        if (receipts.Count == 0) return null;
        return new AnnualReceiptSummary(issuerKey, year, donorUserId, receipts.OrderBy(r => r.Sequence).ToList());
    }

    private static void Validate(ReceiptIssuerDraft draft)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(draft.IssuerKey);
        var errors = new ValidationErrors();
        Check(errors, nameof(draft.Name), draft.Name, ReceiptMessages.IssuerNameRequired);
        Check(errors, nameof(draft.Address), draft.Address, ReceiptMessages.IssuerAddressRequired);
        Check(errors, nameof(draft.Purpose), draft.Purpose, ReceiptMessages.IssuerPurposeRequired);
        Check(errors, nameof(draft.Kind), draft.Kind, ReceiptMessages.IssuerKindRequired);
        Check(errors, nameof(draft.SignerName), draft.SignerName, ReceiptMessages.SignerNameRequired);
        Check(errors, nameof(draft.SignerRole), draft.SignerRole, ReceiptMessages.SignerRoleRequired);
        errors.ThrowIfAny();
    }

    private static void Check(ValidationErrors errors, string field, string? value, string missing)
    {
        if (string.IsNullOrWhiteSpace(value)) errors.Add(field, missing);
        else if (value.Trim().Length > MaxTextLength) errors.Add(field, LendingMessageFormat.Format(ReceiptMessages.IssuerFieldTooLong, MaxTextLength));
    }
}
