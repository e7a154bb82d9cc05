using Microsoft.Extensions.Options;

namespace Plateforme.Accounts.Mail;

/// <summary>Writes each message as an .eml file; the file appears whole (written aside, then moved).</summary>
internal sealed class PickupFolderMailer(IOptions<AccountsOptions> options, PickupFolder folder, TimeProvider clock) : IMailer
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var now = clock.GetUtcNow();
        var message = MimeMessages.Build(mail, options.Value.Mail, now);
        Directory.CreateDirectory(folder.Path);
        var name = $"{now:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml";
        var temporary = Path.Combine(folder.Path, name + ".tmp");
        await message.WriteToAsync(temporary, cancellationToken).ConfigureAwait(false);
        File.Move(temporary, Path.Combine(folder.Path, name));
    }
}
