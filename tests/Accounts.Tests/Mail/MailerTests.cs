using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Plateforme.Accounts;
using Plateforme.Accounts.Mail;

namespace Plateforme.Accounts.Tests.Mail;

public sealed class MailerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static readonly OutgoingMail Mail = AccountMails.PasswordReset("lea@exemple.fr", "Léa", new Uri("http://127.0.0.1/compte/reinitialiser?utilisateur=1&code=abc"));

    [Fact]
    public async Task The_pickup_folder_receives_a_French_message_with_text_and_HTML_parts()
    {
        var folder = Path.Combine(Path.GetTempPath(), "plateforme-mail-" + Guid.NewGuid().ToString("N"));
        var mailer = new PickupFolderMailer(Options.Create(new AccountsOptions()), new PickupFolder(folder), new FakeTimeProvider(Now));
        try
        {
            await mailer.SendAsync(Mail);

            var message = await MimeMessage.LoadAsync(Assert.Single(Directory.GetFiles(folder, "*.eml")));
            Assert.Equal("Choisissez un nouveau mot de passe", message.Subject);
            Assert.Equal("ne-pas-repondre@plateforme.local", message.From.Mailboxes.Single().Address);
            Assert.StartsWith("Bonjour Léa,", message.TextBody, StringComparison.Ordinal);
            Assert.Contains("href=\"http://127.0.0.1/compte/reinitialiser?utilisateur=1&amp;code=abc\"", message.HtmlBody, StringComparison.Ordinal);
            Assert.Equal(Now, message.Date);
            Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task SMTP_delivery_hands_the_message_to_the_configured_server()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var server = ReceiveOneAsync(listener);
        var options = new AccountsOptions();
        options.Mail.Delivery = MailDelivery.Smtp;
        options.Mail.SmtpHost = "127.0.0.1";
        options.Mail.SmtpPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        options.Mail.SmtpUseTls = false;

        await new SmtpMailer(Options.Create(options), new FakeTimeProvider(Now)).SendAsync(Mail);

        var (recipient, data) = await server;
        Assert.Equal("<lea@exemple.fr>", recipient);
        var message = await MimeMessage.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(data)));
        Assert.Equal("Choisissez un nouveau mot de passe", message.Subject);
        Assert.NotNull(message.HtmlBody);
    }

    /// <summary>Just enough of an SMTP server for one message: answers every command, keeps RCPT and DATA.</summary>
    private static async Task<(string Recipient, string Data)> ReceiveOneAsync(TcpListener listener)
    {
        using var client = await listener.AcceptTcpClientAsync();
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 test ESMTP");
        string recipient = "", data = "";
        while (await reader.ReadLineAsync() is { } line)
        {
            var command = line.Split(' ', 2)[0].ToUpperInvariant();
            switch (command)
            {
                case "EHLO":
                    await writer.WriteLineAsync("250-test\r\n250 8BITMIME");
                    break;
                case "RCPT":
                    recipient = line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 go on");
                    var body = new StringBuilder();
                    while (await reader.ReadLineAsync() is { } dataLine && dataLine != ".") body.Append(dataLine).Append("\r\n");
                    data = body.ToString();
                    await writer.WriteLineAsync("250 queued");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 bye");
                    return (recipient, data);
                default:
                    await writer.WriteLineAsync("250 OK");
                    break;
            }
        }

        return (recipient, data);
    }
}
