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
        // A message sent again under the same id replaces its earlier file rather than adding a duplicate.
        var name = mail.MessageId is null ? $"{now:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml" : FileName(mail.MessageId);
        var temporary = Path.Combine(folder.Path, name + ".tmp");
        await message.WriteToAsync(temporary, cancellationToken).ConfigureAwait(false);
        File.Move(temporary, Path.Combine(folder.Path, name), overwrite: true);
    }

    private static string FileName(string messageId) =>
        string.Concat(messageId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_')) + ".eml";
}
