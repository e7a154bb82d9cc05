using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Plateforme.Accounts.Resources;
using Plateforme.Accounts.Store;
using Plateforme.Accounts.Users;

namespace Plateforme.Accounts.Structures;

/// <summary>Creates partner structures and answers who works for which, in which role, over which territories.</summary>
public sealed class StructureService(AccountsDbContext db, TimeProvider clock)
{
    /// <summary>Creates the structure. Whether its territories exist in the reference is the caller's check.</summary>
    public async Task<StructureResult> CreateAsync(NewStructure request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var slug = StructureSlug.From(request.Name ?? "");
        if (string.IsNullOrWhiteSpace(request.Name) || slug.Length == 0) errors[nameof(request.Name)] = StructureText.NameRequired;
        if (!Enum.IsDefined(request.Kind)) errors[nameof(request.Kind)] = StructureText.KindInvalid;
        var territories = request.Territories.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (territories.Count == 0) errors[nameof(request.Territories)] = StructureText.TerritoriesRequired;
        var logo = (request.LogoUrl ?? "").Trim();
        if (logo.Length > 0 && !(Uri.TryCreate(logo, UriKind.Absolute, out var logoUri) && logoUri.Scheme == Uri.UriSchemeHttps))
        {
            errors[nameof(request.LogoUrl)] = StructureText.LogoInvalid;
        }

        if (errors.Count == 0 && await db.Structures.AnyAsync(s => s.Slug == slug, cancellationToken).ConfigureAwait(false))
        {
            errors[nameof(request.Name)] = StructureText.NameTaken;
        }

        if (errors.Count > 0) return new StructureResult(null, errors);
        var now = clock.GetUtcNow();
        var structure = new Structure
        {
            Id = Guid.CreateVersion7(now),
            Slug = slug,
            Name = request.Name!.Trim(),
            Kind = request.Kind,
            Territories = territories,
            Description = (request.Description ?? "").Trim(),
            Contact = (request.Contact ?? "").Trim(),
            LogoUrl = logo,
            CreatedAt = now,
        };
        db.Structures.Add(structure);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Two administrators creating the same name at once: the unique index decided.
            db.ChangeTracker.Clear();
            return StructureResult.Failed(nameof(request.Name), StructureText.NameTaken);
        }

        return new StructureResult(structure.Id, new Dictionary<string, string>());
    }

    public async Task<IReadOnlyList<Structure>> ListAsync(CancellationToken cancellationToken = default)
    {
        var all = await db.Structures.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        return all.OrderBy(s => s.Name, StringComparer.CurrentCulture).ToList();
    }

    public Task<Structure?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Structures.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    public Task<Structure?> FindBySlugAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Structures.AsNoTracking().FirstOrDefaultAsync(s => s.Slug == slug, cancellationToken);

    public async Task<IReadOnlyList<StaffMemberView>> StaffAsync(Guid structureId, CancellationToken cancellationToken = default)
    {
        var rows = await (from s in db.StructureStaff.AsNoTracking()
                          join u in db.Users.AsNoTracking() on s.UserId equals u.Id
                          where s.StructureId == structureId
                          select new StaffMemberView(u.Id, u.DisplayName, u.Email ?? "", s.Role)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.OrderBy(r => r.Role).ThenBy(r => r.DisplayName, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>Every structure the person works for, with their role and the structure's territories.</summary>
    public async Task<IReadOnlyList<StaffPosition>> PositionsOfAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var rows = await (from s in db.StructureStaff.AsNoTracking()
                          join st in db.Structures.AsNoTracking() on s.StructureId equals st.Id
                          where s.UserId == userId
                          select new { st.Id, st.Name, st.Slug, s.Role, st.Territories }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(r => new StaffPosition(r.Id, r.Name, r.Slug, r.Role, r.Territories)).ToList();
    }

    /// <summary>The addresses of the staff holding one of the roles, for the structure's e-mails.</summary>
    public async Task<IReadOnlyList<string>> EmailsOfAsync(Guid structureId, IReadOnlyCollection<StaffRole> roles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return await (from s in db.StructureStaff.AsNoTracking()
                      join u in db.Users.AsNoTracking() on s.UserId equals u.Id
                      where s.StructureId == structureId && roles.Contains(s.Role) && u.Email != null
                      select u.Email!).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds the person (already an account holder) to the structure, or changes their role.</summary>
    public async Task SetStaffAsync(Guid structureId, Guid userId, StaffRole role, CancellationToken cancellationToken = default)
    {
        var existing = await db.StructureStaff.FirstOrDefaultAsync(s => s.StructureId == structureId && s.UserId == userId, cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            db.StructureStaff.Add(new StructureStaff { StructureId = structureId, UserId = userId, Role = role, JoinedAt = clock.GetUtcNow() });
        }
        else
        {
            existing.Role = role;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> RemoveStaffAsync(Guid structureId, Guid userId, CancellationToken cancellationToken = default) =>
        await db.StructureStaff.Where(s => s.StructureId == structureId && s.UserId == userId)
            .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false) > 0;
}
