using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using MimeKit;

namespace Plateforme.Web.Tests.Accounts;

/// <summary>Reads the .eml files the application wrote to its pickup folder.</summary>
public sealed partial class Mailbox(string folder)
{
    // A collection's tests share one folder that grows to thousands of messages; parsing each file once
    // (again only if it was rewritten: a message re-sent keeps its file name) keeps every read cheap.
    private readonly ConcurrentDictionary<string, (DateTime Written, long Length, MimeMessage Message)> parsed = new(StringComparer.Ordinal);

    public string Folder => folder;

    /// <summary>Every message sent to this address, oldest first.</summary>
    public async Task<IReadOnlyList<MimeMessage>> ToAsync(string address)
    {
        if (!Directory.Exists(folder)) return [];
        var messages = new List<MimeMessage>();
        foreach (var file in Directory.GetFiles(folder, "*.eml"))
        {
            var message = await LoadAsync(file);
            if (message is null) continue;
            if (message.To.Mailboxes.Any(m => string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase))) messages.Add(message);
        }

        return messages.OrderBy(m => m.Date).ThenBy(m => m.MessageId, StringComparer.Ordinal).ToList();
    }

    private async Task<MimeMessage?> LoadAsync(string file)
    {
        var info = new FileInfo(file);
        if (!info.Exists) return null;
        if (parsed.TryGetValue(file, out var known) && known.Written == info.LastWriteTimeUtc && known.Length == info.Length) return known.Message;
        var message = await MimeMessage.LoadAsync(file);
        parsed[file] = (info.LastWriteTimeUtc, info.Length, message);
        return message;
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
