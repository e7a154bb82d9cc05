using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Resources;
using Plateforme.Lending.Store;
using Plateforme.Lending.Validation;

namespace Plateforme.Lending.Photos;

/// <summary>
/// Photos of a campaign: the carrier adds them to a draft (JPEG or PNG checked by content, 5 MB at most, at most
/// <see cref="MaxPerCampaign"/>), stored as <see cref="ImageSanitizer"/> re-encoded them: their pixels and nothing else.
/// </summary>
public sealed class PhotoService(LendingWrites writes, TimeProvider time)
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxPerCampaign = 6;
    public const string Field = "Photo";

    public async Task<PhotoInfo> AddAsync(Guid campaignId, string carrierId, byte[] content, string? altText, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0) throw LendingValidationException.For(Field, LendingMessages.PhotoRequired);
        if (content.Length > MaxBytes) throw LendingValidationException.For(Field, LendingMessages.PhotoTooLarge);
        await EnsureCanAddAsync(campaignId, carrierId, cancellationToken);
        var image = ImageSanitizer.Sanitize(content, out var refusal) ?? throw LendingValidationException.For(Field, Message(refusal));
        return await AddAsync(campaignId, carrierId, image, altText, cancellationToken);
    }

    /// <summary>
    /// Refuses, before any file is decoded (seconds of work and up to ~160 MB of pixels), an upload to an unknown
    /// campaign, to someone else's, to one no longer a draft, or to one that has its photos already. Checked again
    /// under the campaign's lock when the photo is added.
    /// </summary>
    public Task EnsureCanAddAsync(Guid campaignId, string carrierId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(carrierId);
        return writes.ReadAsync(async db =>
        {
            var campaign = await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == campaignId, cancellationToken)
                ?? throw new LendingNotFoundException(LendingMessages.CampaignNotFound);
            CampaignLoading.EnsureCarrier(campaign, carrierId);
            EnsureDraft(campaign);
            var count = await db.Set<CampaignPhoto>().CountAsync(p => p.CampaignId == campaignId, cancellationToken);
            if (count >= MaxPerCampaign) throw LendingValidationException.For(Field, LendingMessageFormat.Format(LendingMessages.PhotoTooMany, MaxPerCampaign));
            return true;
        }, cancellationToken);
    }

    /// <summary>Adds an image the caller already sanitized (to tell the user why a file was refused first).</summary>
    public Task<PhotoInfo> AddAsync(Guid campaignId, string carrierId, SanitizedImage image, string? altText, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(carrierId);
        ArgumentNullException.ThrowIfNull(image);
        var alt = string.IsNullOrWhiteSpace(altText) ? null : altText.Trim();
        if (alt?.Length > 200) throw LendingValidationException.For("AltText", LendingMessages.PhotoAltTextTooLong);
        return writes.RunAsync(async db =>
        {
            var campaign = await CampaignLoading.LockAsync(db, campaignId, cancellationToken);
            CampaignLoading.EnsureCarrier(campaign, carrierId);
            EnsureDraft(campaign);
            var count = await db.Set<CampaignPhoto>().CountAsync(p => p.CampaignId == campaignId, cancellationToken);
            if (count >= MaxPerCampaign) throw LendingValidationException.For(Field, LendingMessageFormat.Format(LendingMessages.PhotoTooMany, MaxPerCampaign));
            var now = time.GetUtcNow();
            var photo = new CampaignPhoto
            {
                Id = Guid.CreateVersion7(now), CampaignId = campaignId, ContentType = image.ContentType, Bytes = image.Bytes,
                Width = image.Width, Height = image.Height, AltText = alt, UploadedAt = now,
            };
            db.Set<CampaignPhoto>().Add(photo);
            await db.SaveChangesAsync(cancellationToken);
            return new PhotoInfo(photo.Id, photo.Width, photo.Height, photo.AltText);
        }, cancellationToken);
    }

    public Task RemoveAsync(Guid photoId, string carrierId, CancellationToken cancellationToken = default) =>
        writes.RunAsync(async db =>
        {
            var campaignId = await db.Set<CampaignPhoto>().Where(p => p.Id == photoId).Select(p => (Guid?)p.CampaignId).FirstOrDefaultAsync(cancellationToken)
                ?? throw new LendingNotFoundException(LendingMessages.PhotoNotFound);
            var campaign = await CampaignLoading.LockAsync(db, campaignId, cancellationToken);
            CampaignLoading.EnsureCarrier(campaign, carrierId);
            EnsureDraft(campaign);
            await db.Set<CampaignPhoto>().Where(p => p.Id == photoId).ExecuteDeleteAsync(cancellationToken);
            return true;
        }, cancellationToken);

    /// <summary>The photos of several campaigns (for a list), oldest first within each campaign.</summary>
    public Task<Dictionary<Guid, List<PhotoInfo>>> ListAsync(IReadOnlyCollection<Guid> campaignIds, CancellationToken cancellationToken = default) =>
        writes.ReadAsync(async db =>
        {
            var rows = await db.Set<CampaignPhoto>().AsNoTracking().Where(p => campaignIds.Contains(p.CampaignId))
                .Select(p => new { p.Id, p.CampaignId, p.Width, p.Height, p.AltText, p.UploadedAt })
                .ToListAsync(cancellationToken);
            return rows.GroupBy(r => r.CampaignId).ToDictionary(
                g => g.Key,
                g => g.OrderBy(r => r.UploadedAt).ThenBy(r => r.Id).Select(r => new PhotoInfo(r.Id, r.Width, r.Height, r.AltText)).ToList());
        }, cancellationToken);

    /// <summary>A photo with the campaign it belongs to (who may see it depends on the campaign's state).</summary>
    public Task<(CampaignPhoto Photo, Campaign Campaign)?> FindAsync(Guid photoId, CancellationToken cancellationToken = default) =>
        writes.ReadAsync<(CampaignPhoto, Campaign)?>(async db =>
        {
            var photo = await db.Set<CampaignPhoto>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == photoId, cancellationToken);
            if (photo is null) return null;
            var campaign = await db.Campaigns.AsNoTracking().FirstAsync(c => c.Id == photo.CampaignId, cancellationToken);
            return (photo, campaign);
        }, cancellationToken);

    /// <summary>The French message for a refused file.</summary>
    public static string Message(PhotoRefusal refusal) => refusal switch
    {
        PhotoRefusal.UnsupportedFormat => LendingMessages.PhotoUnsupportedFormat,
        PhotoRefusal.TooManyPixels => LendingMessages.PhotoTooManyPixels,
        _ => LendingMessages.PhotoUnreadable,
    };

    private static void EnsureDraft(Campaign campaign)
    {
        if (campaign.State != CampaignState.Draft) throw LendingValidationException.For(CampaignLoading.StateField, LendingMessages.PhotoDraftOnly);
    }
}
