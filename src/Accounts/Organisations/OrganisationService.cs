using Microsoft.EntityFrameworkCore;
using Plateforme.Accounts.Resources;
using Plateforme.Accounts.Store;

namespace Plateforme.Accounts.Organisations;

/// <summary>Registers organisations and answers who belongs to which.</summary>
public sealed class OrganisationService(AccountsDbContext db, TimeProvider clock)
{
    /// <summary>Creates the organisation with its creator as owner. The territory's existence is the caller's check.</summary>
    public async Task<CreateOrganisationResult> CreateAsync(Guid ownerId, NewOrganisation request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(request.Name)) errors[nameof(request.Name)] = AccountText.OrganisationNameRequired;
        if (string.IsNullOrWhiteSpace(request.Address)) errors[nameof(request.Address)] = AccountText.AddressRequired;
        if (!Enum.IsDefined(request.Kind)) errors[nameof(request.Kind)] = AccountText.KindInvalid;
        if (!OrganisationIdentifier.TryParse(request.Identifier, out var identifier, out var identifierError))
        {
            errors[nameof(request.Identifier)] = identifierError;
        }
        else if (await db.Organisations.AnyAsync(o => o.Identifier == identifier.Value, cancellationToken).ConfigureAwait(false))
        {
            errors[nameof(request.Identifier)] = AccountText.IdentifierTaken;
        }

        if (errors.Count > 0) return new CreateOrganisationResult(null, errors);

        var now = clock.GetUtcNow();
        var organisation = new Organisation
        {
            Id = Guid.CreateVersion7(now),
            Name = request.Name.Trim(),
            Kind = request.Kind,
            Identifier = identifier!.Value,
            Address = request.Address.Trim(),
            Territory = request.Territory.Trim(),
            CreatedAt = now,
        };
        organisation.Members.Add(new OrganisationMember { UserId = ownerId, Role = OrganisationRole.Owner, JoinedAt = now });
        db.Organisations.Add(organisation);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Two people registering the same number at once: the unique index decided.
            db.ChangeTracker.Clear();
            return new CreateOrganisationResult(null, new Dictionary<string, string> { [nameof(request.Identifier)] = AccountText.IdentifierTaken });
        }

        return new CreateOrganisationResult(organisation.Id, new Dictionary<string, string>());
    }

    public Task<Organisation?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);

    /// <summary>The organisations a person belongs to, with their role in each, by name.</summary>
    public async Task<IReadOnlyList<(Organisation Organisation, OrganisationRole Role)>> ForUserAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var rows = await (from m in db.OrganisationMembers.AsNoTracking()
                          join o in db.Organisations.AsNoTracking() on m.OrganisationId equals o.Id
                          where m.UserId == userId
                          select new { o, m.Role }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.OrderBy(r => r.o.Name, StringComparer.CurrentCulture).Select(r => (r.o, r.Role)).ToList();
    }

    public async Task<IReadOnlyList<OrganisationMemberView>> MembersAsync(Guid organisationId, CancellationToken cancellationToken = default)
    {
        var rows = await (from m in db.OrganisationMembers.AsNoTracking()
                          join u in db.Users.AsNoTracking() on m.UserId equals u.Id
                          where m.OrganisationId == organisationId
                          select new OrganisationMemberView(u.Id, u.DisplayName, m.Role)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.OrderBy(r => r.Role).ThenBy(r => r.DisplayName, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>The person's role in the organisation, or null when they do not belong to it.</summary>
    public async Task<OrganisationRole?> RoleOfAsync(Guid organisationId, Guid userId, CancellationToken cancellationToken = default)
    {
        var member = await db.OrganisationMembers.AsNoTracking()
            .FirstOrDefaultAsync(m => m.OrganisationId == organisationId && m.UserId == userId, cancellationToken).ConfigureAwait(false);
        return member?.Role;
    }

    /// <summary>
    /// Replaces the organisation's profile. Territory and themes are the caller's check against the reference data;
    /// here only what the accounts module knows is refused. Errors in French, keyed by field name; none on success.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> UpdateProfileAsync(Guid organisationId, OrganisationProfile profile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Enum.IsDefined(profile.Kind)) errors[nameof(profile.Kind)] = AccountText.KindInvalid;
        if (!Enum.IsDefined(profile.Size)) errors[nameof(profile.Size)] = AccountText.SizeInvalid;
        if (string.IsNullOrWhiteSpace(profile.Territory)) errors[nameof(profile.Territory)] = AccountText.TerritoryInvalid;
        if (profile.Themes.Count > MaxThemes) errors[nameof(profile.Themes)] = AccountText.TooManyThemes;
        if (errors.Count > 0) return errors;

        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == organisationId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("Unknown organisation.");
        organisation.Kind = profile.Kind;
        organisation.Territory = profile.Territory.Trim();
        organisation.Themes = [.. profile.Themes.Distinct(StringComparer.Ordinal)];
        organisation.Size = profile.Size;
        organisation.GeneralInterest = profile.GeneralInterest;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return errors;
    }

    /// <summary>The confirmed e-mail addresses of the organisation's members (reminders about its applications).</summary>
    public async Task<IReadOnlyList<string>> MemberEmailsAsync(Guid organisationId, CancellationToken cancellationToken = default)
    {
        var emails = await (from m in db.OrganisationMembers.AsNoTracking()
                            join u in db.Users.AsNoTracking() on m.UserId equals u.Id
                            where m.OrganisationId == organisationId && u.EmailConfirmed && u.Email != null
                            select u.Email!).ToListAsync(cancellationToken).ConfigureAwait(false);
        return emails;
    }

    /// <summary>The most themes a profile keeps: beyond that, every call « fits » and the list means nothing.</summary>
    public const int MaxThemes = 8;
}
