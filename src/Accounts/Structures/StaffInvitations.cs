using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Plateforme.Accounts.Mail;
using Plateforme.Accounts.Resources;
using Plateforme.Accounts.Users;

namespace Plateforme.Accounts.Structures;

/// <summary>
/// Invites a person to a structure's staff by e-mail. A new address gets an account without a password and the
/// password-reset link of the accounts module to choose one (which also confirms the address); a known address
/// gets a notice with the sign-in link. Either way the role takes effect at once.
/// </summary>
public sealed class StaffInvitations(UserManager<PlatformUser> users, StructureService structures, IMailer mailer, TimeProvider clock)
{
    public async Task<StructureResult> InviteAsync(Guid structureId, string email, string displayName, StaffRole role, AccountLinks links, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(links);
        var structure = await structures.FindAsync(structureId, cancellationToken).ConfigureAwait(false);
        if (structure is null) return StructureResult.Failed("Structure", StructureText.StructureUnknown);
        var address = (email ?? "").Trim();
        if (address.Length == 0 || !address.Contains('@', StringComparison.Ordinal)) return StructureResult.Failed(nameof(email), StructureText.EmailInvalid);
        if (!Enum.IsDefined(role)) return StructureResult.Failed(nameof(role), StructureText.RoleInvalid);

        var user = await users.FindByEmailAsync(address).ConfigureAwait(false);
        OutgoingMail mail;
        if (user is null)
        {
            var name = string.IsNullOrWhiteSpace(displayName) ? address.Split('@')[0] : displayName.Trim();
            user = new PlatformUser { Id = Guid.CreateVersion7(clock.GetUtcNow()), UserName = address, Email = address, DisplayName = name, CreatedAt = clock.GetUtcNow() };
            var created = await users.CreateAsync(user).ConfigureAwait(false);
            if (!created.Succeeded) return StructureResult.Failed(nameof(email), string.Join(" ", created.Errors.Select(e => e.Description)));
            var token = await users.GeneratePasswordResetTokenAsync(user).ConfigureAwait(false);
            var link = links.Reset(user.Id, WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token)));
            mail = StructureMails.Invitation(address, user.DisplayName, structure.Name, role, link, newAccount: true);
        }
        else
        {
            mail = StructureMails.Invitation(address, user.DisplayName, structure.Name, role, links.SignIn, newAccount: false);
        }

        await structures.SetStaffAsync(structureId, user.Id, role, cancellationToken).ConfigureAwait(false);
        await mailer.SendAsync(mail, cancellationToken).ConfigureAwait(false);
        return new StructureResult(user.Id, new Dictionary<string, string>());
    }
}
