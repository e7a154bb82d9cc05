namespace Plateforme.Accounts.Structures;

/// <summary>A person working for a structure, with their role in it.</summary>
public sealed class StructureStaff
{
    public Guid StructureId { get; set; }

    public Guid UserId { get; set; }

    public StaffRole Role { get; set; }

    public DateTimeOffset JoinedAt { get; set; }
}
