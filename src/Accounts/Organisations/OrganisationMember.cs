namespace Plateforme.Accounts.Organisations;

/// <summary>A person belonging to an organisation, with their role in it.</summary>
public sealed class OrganisationMember
{
    public Guid OrganisationId { get; set; }

    public Guid UserId { get; set; }

    public OrganisationRole Role { get; set; }

    public DateTimeOffset JoinedAt { get; set; }
}
