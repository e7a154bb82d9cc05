using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Plateforme.Accounts.Personal;
using Plateforme.Accounts.Users;
using Plateforme.Alerts.Store;
using Plateforme.Alerts.Subscriptions;

namespace Plateforme.Alerts.Personal;

/// <summary>RGPD: a person's alerts (made while signed in or with their account's address) in the export, and deleted with the account.</summary>
internal sealed class AlertPersonalData(IDbContextFactory<AlertsDbContext> contexts) : IPersonalDataContributor
{
    public string Name => "alertes";

    public async Task<JsonNode> ExportAsync(PlatformUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var alerts = await FindAsync(user, cancellationToken).ConfigureAwait(false);
        return new JsonArray(alerts.Select(a => (JsonNode?)new JsonObject
        {
            ["email"] = a.Email,
            ["recherche"] = a.Description,
            ["adresse"] = "/recherche" + a.Query,
            ["frequence"] = a.Frequency.ToString(),
            ["etat"] = a.State.ToString(),
            ["creeLe"] = a.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
            ["confirmeeLe"] = a.ConfirmedAt?.ToString("O", CultureInfo.InvariantCulture),
        }).ToArray());
    }

    public async Task DeleteAsync(PlatformUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var email = user.Email is null ? null : AlertService.Normalise(user.Email);
            await db.Alerts.Where(a => a.UserId == user.Id || a.Email == email).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<List<Alert>> FindAsync(PlatformUser user, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var email = user.Email is null ? null : AlertService.Normalise(user.Email);
            var alerts = await db.Alerts.AsNoTracking().Where(a => a.UserId == user.Id || a.Email == email).ToListAsync(cancellationToken).ConfigureAwait(false);
            return alerts.OrderBy(a => a.CreatedAt).ToList();
        }
    }
}
