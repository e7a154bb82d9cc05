using System.Text.RegularExpressions;
using MimeKit;

namespace Plateforme.Faults.Tests.Harness;

/// <summary>The e-mails the site dropped in its pickup folder (one <c>.eml</c> file each).</summary>
public static partial class Mailbox
{
    public static IReadOnlyList<MimeMessage> All(string folder)
    {
        if (!Directory.Exists(folder)) return [];
        var messages = new List<MimeMessage>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.eml"))
        {
            try
            {
                messages.Add(MimeMessage.Load(file));
            }
            catch (FormatException)
            {
                // A file still being written: the next poll reads it whole.
            }
            catch (IOException)
            {
            }
        }

        return messages;
    }

    public static IReadOnlyList<MimeMessage> To(string folder, string address) =>
        All(folder).Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    /// <summary>The first link of the plain-text part to <paramref name="path"/>, as a local path and query.</summary>
    public static string? LinkTo(MimeMessage message, string path) =>
        Link().Matches(message.TextBody ?? "").Select(m => new Uri(m.Value)).FirstOrDefault(u => u.AbsolutePath == path)?.PathAndQuery;

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
