namespace Plateforme.Accounts.Structures;

/// <summary>One structure a person works for, with the role and the structure's scope (what scope checks read).</summary>
public sealed record StaffPosition(Guid StructureId, string StructureName, string Slug, StaffRole Role, IReadOnlyList<string> Territories)
{
    /// <summary>Administrators and moderators of a structure decide the calls and campaigns of its scope.</summary>
    public bool Moderates => Role is StaffRole.Administrator or StaffRole.Moderator;
}
