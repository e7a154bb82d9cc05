namespace Plateforme.Accounts.Structures;

/// <summary>A staff member as the structure's pages show them.</summary>
public sealed record StaffMemberView(Guid UserId, string DisplayName, string Email, StaffRole Role);
