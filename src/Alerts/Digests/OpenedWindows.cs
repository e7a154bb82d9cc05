using Microsoft.EntityFrameworkCore;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Catalogue.Store;

namespace Plateforme.Alerts.Digests;

/// <summary>
/// Reads from the catalogue the published calls that moved on to a new window (stamped by the window roller), so
/// the digests can announce it to the alerts that already received the call.
/// </summary>
public sealed class OpenedWindows(IDbContextFactory<CatalogueDbContext> catalogue)
{
    /// <summary>The published calls whose window opened after <paramref name="since"/>.</summary>
    public async Task<IReadOnlyList<OpenedWindow>> SinceAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        var db = await catalogue.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            // Few calls ever roll; the date is compared here because SQLite cannot compare DateTimeOffset columns.
            var rolled = await db.FundingCalls.AsNoTracking()
                .Where(c => c.State == ModerationState.Published && c.ClosedOn == null && c.WindowOpenedAt != null)
                .Select(c => new { c.Id, c.WindowOpenedAt, c.OpensOn, c.Deadline })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return rolled.Where(c => c.WindowOpenedAt > since)
                .Select(c => new OpenedWindow(c.Id, c.WindowOpenedAt!.Value, c.OpensOn, c.Deadline)).ToList();
        }
    }
}
