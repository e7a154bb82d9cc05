using Plateforme.Accounts;
using Plateforme.Accounts.Mail;
using Plateforme.Accounts.Structures;
using Plateforme.Lending.Accompaniments;
using Plateforme.Lending.Campaigns;
using Plateforme.Search.Reference;
using Plateforme.Web.Shared.Display;
using Plateforme.Web.Shared.Navigation;

namespace Plateforme.Web.Shared.Structures;

/// <summary>
/// Tells the conseillers of the structure now accompanying a campaign, once: the carrier's choice and a moderator's
/// assignment both call it after recording the structure. The claim is recorded with the accompaniment (so a second
/// call, a retry or another node sends nothing); a failed sending gives it back for the next call.
/// </summary>
public sealed partial class AccompanimentNotifier(
    AccompanimentService accompaniments,
    StructureService structures,
    TerritoryDirectory territories,
    IMailer mailer,
    Microsoft.Extensions.Options.IOptions<PublicSiteOptions> site,
    ILogger<AccompanimentNotifier> logger)
{
    /// <summary>The number of conseillers written to (0 when already told, or when the structure has none yet).</summary>
    public async Task<int> NotifyAsync(Campaign campaign, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var accompaniment = await accompaniments.FindAsync(campaign.Id, cancellationToken);
        if (accompaniment is null) return 0;
        var structure = await structures.FindAsync(accompaniment.StructureId, cancellationToken);
        if (structure is null) return 0;
        var counsellors = (await structures.StaffAsync(structure.Id, cancellationToken)).Where(s => s.Role == StaffRole.Counsellor).ToList();
        // A structure without a conseiller yet keeps its notice for the next assignment rather than losing it.
        if (counsellors.Count == 0) return 0;
        if (!await accompaniments.ClaimCounsellorNoticeAsync(campaign.Id, structure.Id, cancellationToken)) return 0;
        try
        {
            var link = site.Value.Link(StructureLinks.Accompaniment(structure.Slug, campaign.Id));
            var subject = string.Format(FrenchFormat.Culture, AccompanimentNoticeText.Subject, campaign.Title);
            var body = string.Format(FrenchFormat.Culture, AccompanimentNoticeText.Body, structure.Name, campaign.Title, PlaceOf(campaign.Territory));
            foreach (var counsellor in counsellors)
            {
                await mailer.SendAsync(StructureMails.Compose(counsellor.Email, counsellor.DisplayName, subject, [body, AccompanimentNoticeText.Action], link), cancellationToken);
            }

            return counsellors.Count;
        }
        catch (Exception exception) when (exception is not OperationCanceledException and not OutOfMemoryException)
        {
            LogFailed(exception, campaign.Id, structure.Id);
            await accompaniments.ReleaseCounsellorNoticeAsync(campaign.Id, structure.Id, CancellationToken.None);
            return 0;
        }
    }

    private string PlaceOf(string territory) => TerritoryCode.TryParse(territory, out var code) ? territories.Label(code) : territory;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The conseillers of structure {StructureId} could not be told of campaign {CampaignId}")]
    private partial void LogFailed(Exception exception, Guid campaignId, Guid structureId);
}
