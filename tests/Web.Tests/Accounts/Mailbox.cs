using System.Text.RegularExpressions;
using MimeKit;

namespace Plateforme.Web.Tests.Accounts;

/// <summary>Reads the .eml files the application wrote to its pickup folder.</summary>
public sealed partial class Mailbox(string folder)
{
    public string Folder => folder;

    /// <summary>Every message sent to this address, oldest first.</summary>
    public async Task<IReadOnlyList<MimeMessage>> ToAsync(string address)
    {
        if (!Directory.Exists(folder)) return [];
        var messages = new List<MimeMessage>();
        foreach (var file in Directory.GetFiles(folder, "*.eml"))
        {
            var message = await MimeMessage.LoadAsync(file);
            if (message.To.Mailboxes.Any(m => string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase))) messages.Add(message);
        }

        return messages.OrderBy(m => m.Date).ThenBy(m => m.MessageId, StringComparer.Ordinal).ToList();
    }

    /// <summary>The one message to this address whose subject is given; fails when there is none or several.</summary>
    public async Task<MimeMessage> SingleAsync(string address, string subject) =>
        Assert.Single(await ToAsync(address), m => m.Subject == subject);

    /// <summary>The first link in the plain-text part that goes to this path.</summary>
    public static Uri LinkTo(MimeMessage message, string path)
    {
        var match = Link().Matches(message.TextBody ?? "").Select(m => new Uri(m.Value)).FirstOrDefault(u => u.AbsolutePath == path);
        return match ?? throw new Xunit.Sdk.XunitException($"No link to {path} in: {message.TextBody}");
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
