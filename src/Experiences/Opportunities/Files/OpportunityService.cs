using Microsoft.EntityFrameworkCore;
using Plateforme.Experiences.Opportunities.Store;

namespace Plateforme.Experiences.Opportunities.Files;

/// <summary>
/// A team's opportunity files: written and read only by the team (an organisation's members, a structure's staff);
/// every change leaves a step in the file's history saying who, when and what.
/// </summary>
public sealed class OpportunityService(IDbContextFactory<OpportunitiesDbContext> contexts, TimeProvider clock)
{
    public async Task<OpportunityOutcome> CreateAsync(OpportunityTeam team, OpportunityInput input, OpportunityActor actor, bool isDemo = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.BelongsTo(team.Kind, team.Id)) return OpportunityOutcome.Refused(OpportunityRefusal.NotTheTeams);
        input = input.Normalised();
        if (OpportunityValidation.Problems(input) is { Count: > 0 } problems) return OpportunityOutcome.Invalid(problems);
        var now = clock.GetUtcNow();
        var file = new Opportunity
        {
            Id = Guid.CreateVersion7(now), TeamKind = team.Kind, TeamId = team.Id, TeamName = team.Name, Status = OpportunityStatus.Spotted,
            CreatedBy = actor.UserId, CreatedAt = now, UpdatedAt = now, Version = 1, IsDemo = isDemo,
        };
        input.ApplyTo(file);
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            db.Opportunities.Add(file);
            db.Changes.Add(Change(file.Id, actor, ChangeKind.Created, now, target: file.Title));
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        return OpportunityOutcome.Saved(file);
    }

    public Task<OpportunityOutcome> UpdateAsync(Guid id, OpportunityInput input, OpportunityActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        input = input.Normalised();
        if (OpportunityValidation.Problems(input) is { Count: > 0 } problems) return Task.FromResult(OpportunityOutcome.Invalid(problems));
        return ChangeAsync(id, actor, (db, file, now) =>
        {
            var changed = input.ChangedFrom(OpportunityInput.From(file));
            if (changed.Count == 0) return;
            input.ApplyTo(file);
            db.Changes.Add(Change(file.Id, actor, ChangeKind.Edited, now, detail: string.Join(',', changed)));
        }, cancellationToken);
    }

    public Task<OpportunityOutcome> SetStatusAsync(Guid id, OpportunityStatus status, OpportunityActor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, actor, (db, file, now) =>
        {
            if (file.Status == status || !Enum.IsDefined(status)) return;
            db.Changes.Add(Change(file.Id, actor, ChangeKind.StatusChanged, now, detail: file.Status.ToString(), target: status.ToString()));
            file.Status = status;
        }, cancellationToken);

    /// <summary>Keeps a suggestion on the file; pinning what is already pinned changes nothing.</summary>
    public Task<OpportunityOutcome> PinAsync(Guid id, PinKind kind, Guid targetId, string slug, string title, string reasons, OpportunityActor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, actor, async (db, file, now) =>
        {
            if (await db.Pins.AnyAsync(p => p.OpportunityId == id && p.Kind == kind && p.TargetId == targetId, cancellationToken).ConfigureAwait(false)) return;
            db.Pins.Add(new OpportunityPin
            {
                OpportunityId = id, Kind = kind, TargetId = targetId, Slug = Cut(slug, 300), Title = Cut(title, 400), Reasons = Cut(reasons, 2000),
                PinnedAt = now, PinnedBy = actor.UserId,
            });
            db.Changes.Add(Change(file.Id, actor, ChangeKind.Pinned, now, detail: kind.ToString(), target: Cut(title, 400)));
        }, cancellationToken);

    public Task<OpportunityOutcome> UnpinAsync(Guid id, Guid pinId, OpportunityActor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, actor, async (db, file, now) =>
        {
            var pin = await db.Pins.FirstOrDefaultAsync(p => p.Id == pinId && p.OpportunityId == id, cancellationToken).ConfigureAwait(false);
            if (pin is null) return;
            db.Pins.Remove(pin);
            db.Changes.Add(Change(file.Id, actor, ChangeKind.Unpinned, now, detail: pin.Kind.ToString(), target: pin.Title));
        }, cancellationToken);

    /// <summary>Remembers the experience sheet drafted from the file (« Publier comme expérience »).</summary>
    public Task<OpportunityOutcome> RecordExperienceAsync(Guid id, Guid experienceId, string title, OpportunityActor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, actor, (db, file, now) =>
        {
            file.ExperienceId = experienceId;
            db.Changes.Add(Change(file.Id, actor, ChangeKind.PublishedAsExperience, now, target: Cut(title, 400)));
        }, cancellationToken);

    /// <summary>Remembers the solidarity-loan campaign drafted from the file.</summary>
    public Task<OpportunityOutcome> RecordCampaignAsync(Guid id, Guid campaignId, string title, OpportunityActor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, actor, (db, file, now) =>
        {
            file.CampaignId = campaignId;
            db.Changes.Add(Change(file.Id, actor, ChangeKind.CampaignStarted, now, target: Cut(title, 400)));
        }, cancellationToken);

    /// <summary>The file if it exists and the person's team keeps it; the refusal otherwise.</summary>
    public async Task<(Opportunity? File, OpportunityRefusal? Refusal)> ReadAsync(Guid id, OpportunityActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var file = await db.Opportunities.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken).ConfigureAwait(false);
            if (file is null) return (null, OpportunityRefusal.NotFound);
            return actor.CanSee(file) ? (file, null) : (null, OpportunityRefusal.NotTheTeams);
        }
    }

    /// <summary>Every file of the person's teams, the latest changed first.</summary>
    public async Task<List<Opportunity>> ListAsync(OpportunityActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var organisations = actor.Teams.Where(t => t.Kind == TeamKind.Organisation).Select(t => t.Id).ToList();
        var structures = actor.Teams.Where(t => t.Kind == TeamKind.Structure).Select(t => t.Id).ToList();
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var files = await db.Opportunities.AsNoTracking()
                .Where(o => o.TeamKind == TeamKind.Organisation && organisations.Contains(o.TeamId) || o.TeamKind == TeamKind.Structure && structures.Contains(o.TeamId))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return files.OrderByDescending(o => o.UpdatedAt).ThenBy(o => o.Title, StringComparer.Ordinal).ToList();
        }
    }

    public async Task<List<OpportunityChange>> HistoryAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var changes = await db.Changes.AsNoTracking().Where(c => c.OpportunityId == id).ToListAsync(cancellationToken).ConfigureAwait(false);
            return changes.OrderByDescending(c => c.At).ThenByDescending(c => c.Id).ToList();
        }
    }

    public async Task<List<OpportunityPin>> PinsAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var pins = await db.Pins.AsNoTracking().Where(p => p.OpportunityId == id).ToListAsync(cancellationToken).ConfigureAwait(false);
            return pins.OrderBy(p => p.Kind).ThenBy(p => p.PinnedAt).ToList();
        }
    }

    /// <summary>Whether a team already keeps a file of this title (the demo seed runs at every start).</summary>
    public async Task<bool> TeamHasAsync(TeamKind kind, Guid teamId, string title, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.Opportunities.AnyAsync(o => o.TeamKind == kind && o.TeamId == teamId && o.Title == title, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task<OpportunityOutcome> ChangeAsync(Guid id, OpportunityActor actor, Action<OpportunitiesDbContext, Opportunity, DateTimeOffset> change, CancellationToken cancellationToken) =>
        ChangeAsync(id, actor, (db, file, now) =>
        {
            change(db, file, now);
            return Task.CompletedTask;
        }, cancellationToken);

    private async Task<OpportunityOutcome> ChangeAsync(Guid id, OpportunityActor actor, Func<OpportunitiesDbContext, Opportunity, DateTimeOffset, Task> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var now = clock.GetUtcNow();
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var file = await db.Opportunities.FirstOrDefaultAsync(o => o.Id == id, cancellationToken).ConfigureAwait(false);
            if (file is null) return OpportunityOutcome.Refused(OpportunityRefusal.NotFound);
            if (!actor.CanSee(file)) return OpportunityOutcome.Refused(OpportunityRefusal.NotTheTeams);
            await change(db, file, now).ConfigureAwait(false);
            if (db.ChangeTracker.HasChanges())
            {
                file.UpdatedAt = now;
                file.Version++;
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            return OpportunityOutcome.Saved(file);
        }
    }

    private static OpportunityChange Change(Guid id, OpportunityActor actor, ChangeKind kind, DateTimeOffset at, string detail = "", string target = "") => new()
    {
        OpportunityId = id, At = at, UserId = actor.UserId, UserName = Cut(actor.DisplayName, 300), Kind = kind, Detail = detail, Target = target,
    };

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];
}
