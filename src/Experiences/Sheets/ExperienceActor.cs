namespace Plateforme.Experiences.Sheets;

/// <summary>Who acts on a sheet: the person, the organisations they belong to, and whether they moderate.</summary>
public sealed record ExperienceActor(Guid UserId, IReadOnlyCollection<Guid> Organisations, bool IsModerator)
{
    /// <summary>The organisation a new draft is written for (the person's first), if any.</summary>
    public Guid? OrganisationId => Organisations.Count > 0 ? Organisations.First() : null;

    /// <summary>Its author, a member of its structure, or a moderator.</summary>
    public bool CanEdit(Experience sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return IsModerator || sheet.AuthorId == UserId || sheet.OrganisationId is { } organisation && Organisations.Contains(organisation);
    }
}
