namespace Plateforme.Accounts.Structures;

/// <summary>A person's role inside one structure.</summary>
public enum StaffRole
{
    /// <summary>Manages the structure's page and staff, and may moderate its scope.</summary>
    Administrator,

    /// <summary>Decides the calls and campaigns of the structure's territories.</summary>
    Moderator,

    /// <summary>Accompanies carriers: meetings, committee, decision.</summary>
    Counsellor,
}
