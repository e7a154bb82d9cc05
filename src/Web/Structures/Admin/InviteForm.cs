using Plateforme.Accounts.Structures;

namespace Plateforme.Web.Structures.Admin;

public sealed class InviteForm
{
    public string Email { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public StaffRole Role { get; set; } = StaffRole.Counsellor;
}
