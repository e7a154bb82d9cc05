using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Resources;
using Plateforme.Lending.Store;
using Plateforme.Lending.Validation;

namespace Plateforme.Lending.Accompaniments;

/// <summary>
/// tellement-prêt's rule: a campaign goes online only after its structure's committee said yes. An accompanied campaign
/// needs a favourable decision; with <see cref="LendingOptions.RequireAccompaniment"/> every campaign needs one.
/// </summary>
internal static class AccompanimentGate
{
    public static async Task EnsureMayPublishAsync(LendingDbContext db, Campaign campaign, LendingOptions options, CancellationToken cancellationToken)
    {
        var accompaniment = await db.Set<Accompaniment>().AsNoTracking().FirstOrDefaultAsync(a => a.CampaignId == campaign.Id, cancellationToken);
        if (accompaniment is null)
        {
            if (options.RequireAccompaniment) throw LendingValidationException.For("Accompaniment", LendingMessages.AccompanimentRequired);
            return;
        }

        if (accompaniment.Decision != AccompanimentDecision.Favourable) throw LendingValidationException.For("Accompaniment", LendingMessages.FavourableDecisionRequired);
    }
}
