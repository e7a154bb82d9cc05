using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Balances;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Ledger;
using Plateforme.Lending.Money;
using Plateforme.Lending.Photos;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Receipts;
using Plateforme.Lending.Resources;
using Plateforme.Lending.Store;
using Plateforme.Lending.Supporters;

namespace Plateforme.Lending.Personal;

/// <summary>
/// RGPD for lending: what the module holds about a person (by their opaque user id) for the export, whether their
/// account may be deleted now (<see cref="LendingRetention"/>), and the pseudonymisation that deletion applies. The
/// ledger is never touched, nor any amount: every sum still reconciles after a deletion.
/// </summary>
public sealed class LendingPersonalData(LendingWrites writes)
{
    public Task<JsonObject> ExportAsync(string userId, CancellationToken cancellationToken = default) =>
        writes.ReadAsync(async db =>
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(userId);
            var pledges = await db.Pledges.AsNoTracking().Where(p => p.LenderUserId == userId).ToListAsync(cancellationToken);
            var carried = await db.Campaigns.AsNoTracking().Where(c => c.CarrierUserId == userId).ToListAsync(cancellationToken);
            var campaignIds = pledges.Select(p => p.CampaignId).Concat(carried.Select(c => c.Id)).Distinct().ToList();
            var titles = await db.Campaigns.AsNoTracking().Where(c => campaignIds.Contains(c.Id))
                .Select(c => new { c.Id, c.Title, c.TermMonths, c.GraceMonths, c.DisbursedOn }).ToDictionaryAsync(c => c.Id, cancellationToken);
            var messages = await db.Set<SupporterMessage>().AsNoTracking().Where(m => m.AuthorUserId == userId).ToListAsync(cancellationToken);
            var carriedIds = carried.Select(c => c.Id).ToList();
            var photos = await db.Set<CampaignPhoto>().AsNoTracking().Where(p => carriedIds.Contains(p.CampaignId))
                .Select(p => new { p.CampaignId, p.AltText, p.Width, p.Height, p.UploadedAt }).ToListAsync(cancellationToken);
            var withdrawals = await db.WithdrawalRequests.AsNoTracking().Where(w => w.LenderUserId == userId).ToListAsync(cancellationToken);
            var balance = await LedgerBalances.LenderAsync(db, userId, cancellationToken);
            var receipts = await db.Set<DonationReceipt>().AsNoTracking().Where(r => r.DonorUserId == userId).ToListAsync(cancellationToken);

            return new JsonObject
            {
                ["promesses"] = Array(pledges.OrderBy(p => p.CreatedAt).Select(p => new JsonObject
                {
                    ["identifiant"] = p.Id.ToString(),
                    ["campagne"] = titles.GetValueOrDefault(p.CampaignId)?.Title,
                    ["nature"] = p.Kind.ToString(),
                    ["montantCentimes"] = p.AmountCents,
                    ["montant"] = Cents.Format(p.AmountCents),
                    ["financement"] = p.Funding.ToString(),
                    ["etat"] = p.Status.ToString(),
                    ["nom"] = p.LenderName,
                    ["adresse"] = p.AddressLine,
                    ["codePostal"] = p.PostalCode,
                    ["ville"] = p.City,
                    ["anonyme"] = p.Anonymous,
                    ["message"] = p.Message,
                    ["faitLe"] = Instant(p.CreatedAt),
                    ["payeLe"] = Instant(p.CollectedAt),
                    ["referenceDePaiement"] = p.PaymentReference,
                    ["closLe"] = Instant(p.ClosedAt),
                })),
                ["contratsDePret"] = Array(pledges.Where(p => p.Kind == PledgeKind.Loan && p.Status == PledgeStatus.Collected).Select(p => new JsonObject
                {
                    ["promesse"] = p.Id.ToString(),
                    ["campagne"] = titles.GetValueOrDefault(p.CampaignId)?.Title,
                    ["preteur"] = p.LenderName,
                    ["adresse"] = string.Join(", ", new[] { p.AddressLine, p.PostalCode, p.City }.Where(s => !string.IsNullOrWhiteSpace(s))),
                    ["montantCentimes"] = p.AmountCents,
                    ["dureeMois"] = titles.GetValueOrDefault(p.CampaignId)?.TermMonths,
                    ["differeMois"] = titles.GetValueOrDefault(p.CampaignId)?.GraceMonths,
                    ["decaisseLe"] = titles.GetValueOrDefault(p.CampaignId)?.DisbursedOn?.ToString("O", CultureInfo.InvariantCulture),
                })),
                ["campagnesPortees"] = Array(carried.OrderBy(c => c.CreatedAt).Select(c => new JsonObject
                {
                    ["identifiant"] = c.Id.ToString(),
                    ["titre"] = c.Title,
                    ["recit"] = c.StoryHtml,
                    ["categorie"] = c.Category,
                    ["territoire"] = c.Territory,
                    ["etat"] = c.State.ToString(),
                    ["objectifCentimes"] = c.GoalCents,
                    ["promisCentimes"] = c.PledgedCents,
                    ["capitalCentimes"] = c.PrincipalCents,
                    ["dateDeFin"] = c.EndDate.ToString("O", CultureInfo.InvariantCulture),
                    ["creeeLe"] = Instant(c.CreatedAt),
                    ["publieeLe"] = Instant(c.PublishedAt),
                })),
                ["photos"] = Array(photos.OrderBy(p => p.UploadedAt).Select(p => new JsonObject
                {
                    ["campagne"] = titles.GetValueOrDefault(p.CampaignId)?.Title,
                    ["texteAlternatif"] = p.AltText,
                    ["largeur"] = p.Width,
                    ["hauteur"] = p.Height,
                    ["envoyeeLe"] = Instant(p.UploadedAt),
                })),
                ["messagesAuxSoutiens"] = Array(messages.OrderBy(m => m.CreatedAt).Select(m => new JsonObject
                {
                    ["campagne"] = titles.GetValueOrDefault(m.CampaignId)?.Title,
                    ["texte"] = m.Text,
                    ["ecritLe"] = Instant(m.CreatedAt),
                })),
                ["recusFiscaux"] = Array(receipts.OrderBy(r => r.IssuedAt).ThenBy(r => r.Number, StringComparer.Ordinal).Select(r => new JsonObject
                {
                    ["numero"] = r.Number,
                    ["organisme"] = r.IssuerName,
                    ["campagne"] = r.CampaignTitle,
                    ["donateur"] = r.DonorName,
                    ["adresse"] = r.DonorAddress,
                    ["montantCentimes"] = r.AmountCents,
                    ["montant"] = Cents.Format(r.AmountCents),
                    ["donLe"] = r.DonatedOn.ToString("O", CultureInfo.InvariantCulture),
                    ["moyenDePaiement"] = r.PaymentMeans,
                    ["emisLe"] = Instant(r.IssuedAt),
                    ["annuleLe"] = Instant(r.CancelledAt),
                    ["motifDAnnulation"] = r.CancelReason,
                    ["document"] = "/prets/recus/" + r.Id + ".pdf",
                })),
                ["soldeCentimes"] = balance,
                ["solde"] = Cents.Format(balance),
                ["retraits"] = Array(withdrawals.OrderBy(w => w.RequestedAt).Select(w => new JsonObject
                {
                    ["montantCentimes"] = w.AmountCents,
                    ["etat"] = w.Status.ToString(),
                    ["demandeLe"] = Instant(w.RequestedAt),
                    ["payeLe"] = Instant(w.PaidAt),
                    ["referenceDeVirement"] = w.TransferReference,
                })),
            };
        }, cancellationToken);

    /// <summary>What stops the deletion now, in French, one sentence per reason; nothing when it may go ahead.</summary>
    public Task<DeletionAssessment> AssessDeletionAsync(string userId, CancellationToken cancellationToken = default) =>
        writes.ReadAsync(db => AssessAsync(db, userId, cancellationToken), cancellationToken);

    /// <summary>
    /// Replaces the person's identity in the lending records (names, postal addresses, messages, their campaigns'
    /// stories and photos) and drops their unsent e-mails, in one transaction; pledges, campaigns' amounts,
    /// withdrawals and the ledger stay as they are. Refuses (<see cref="LendingDeletionRefusedException"/>) when the
    /// assessment does: a caller asks first and tells the person.
    /// </summary>
    public Task<int> PseudonymiseAsync(string userId, CancellationToken cancellationToken = default) =>
        writes.RunAsync(async db =>
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(userId);
            await db.LockLenderAsync(userId, cancellationToken);
            var assessment = await AssessAsync(db, userId, cancellationToken);
            if (!assessment.Allowed) throw new LendingDeletionRefusedException(assessment.Refusals);

            var changed = await db.Pledges.Where(p => p.LenderUserId == userId).ExecuteUpdateAsync(set => set
                .SetProperty(p => p.LenderName, LendingMessages.DeletedPersonName)
                .SetProperty(p => p.AddressLine, (string?)null)
                .SetProperty(p => p.PostalCode, (string?)null)
                .SetProperty(p => p.City, (string?)null)
                .SetProperty(p => p.Message, (string?)null)
                .SetProperty(p => p.Anonymous, true), cancellationToken);
            changed += await db.Set<SupporterMessage>().Where(m => m.AuthorUserId == userId)
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.Text, LendingMessages.DeletedPersonMessage), cancellationToken);

            var carried = await db.Campaigns.Where(c => c.CarrierUserId == userId).Select(c => c.Id).ToListAsync(cancellationToken);
            var named = await db.Pledges.Where(p => carried.Contains(p.CampaignId)).Select(p => p.CampaignId).Distinct().ToListAsync(cancellationToken);
            changed += await db.Set<CampaignPhoto>().Where(p => carried.Contains(p.CampaignId)).ExecuteDeleteAsync(cancellationToken);
            changed += await db.Campaigns.Where(c => c.CarrierUserId == userId)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.StoryHtml, LendingMessages.DeletedCarrierStory), cancellationToken);

            // A title named in lenders' contracts stays so they can tell which loan it was; one no lender saw goes.
            changed += await db.Campaigns.Where(c => c.CarrierUserId == userId && !named.Contains(c.Id))
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.Title, LendingMessages.DeletedCarrierTitle), cancellationToken);
            changed += await db.OutgoingMessages.Where(m => m.RecipientUserId == userId && m.SentAt == null).ExecuteDeleteAsync(cancellationToken);
            return changed;
        }, cancellationToken);

    private static async Task<DeletionAssessment> AssessAsync(LendingDbContext db, string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var refusals = new List<string>();
        var carried = await db.Campaigns.AsNoTracking().Where(c => c.CarrierUserId == userId)
            .Select(c => new { c.Title, c.State }).ToListAsync(cancellationToken);
        foreach (var campaign in carried.Where(c => LendingRetention.IsRunning(c.State)))
        {
            refusals.Add(LendingMessageFormat.Format(LendingMessages.DeletionRefusedRunningCampaign, campaign.Title));
        }

        var lent = await (from p in db.Pledges.AsNoTracking()
                          join c in db.Campaigns.AsNoTracking() on p.CampaignId equals c.Id
                          where p.LenderUserId == userId
                          select new { p.Status, p.AmountCents, c.Title, c.State }).ToListAsync(cancellationToken);
        foreach (var pledge in lent.Where(p => LendingRetention.IsOutstanding(p.Status) && LendingRetention.IsRunning(p.State)))
        {
            refusals.Add(LendingMessageFormat.Format(LendingMessages.DeletionRefusedOutstandingPledge, Cents.Format(pledge.AmountCents), pledge.Title));
        }

        var balance = await LedgerBalances.LenderAsync(db, userId, cancellationToken);
        if (balance > 0) refusals.Add(LendingMessageFormat.Format(LendingMessages.DeletionRefusedBalance, Cents.Format(balance)));

        var waiting = await db.WithdrawalRequests.AsNoTracking()
            .Where(w => w.LenderUserId == userId && w.Status == WithdrawalStatus.Requested).Select(w => w.AmountCents).ToListAsync(cancellationToken);
        if (waiting.Count > 0) refusals.Add(LendingMessageFormat.Format(LendingMessages.DeletionRefusedWithdrawal, Cents.Format(waiting.Sum())));

        var messages = await db.Set<SupporterMessage>().AsNoTracking().AnyAsync(m => m.AuthorUserId == userId, cancellationToken);
        return new DeletionAssessment(refusals, carried.Count > 0 || lent.Count > 0 || messages);
    }

    private static JsonArray Array(IEnumerable<JsonObject> items) => new([.. items]);

    private static string? Instant(DateTimeOffset? instant) => instant?.ToString("O", CultureInfo.InvariantCulture);
}
