using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace Plateforme.Web.Tests.Lending.Mail;

/// <summary>
/// An SMTP server on loopback speaking the protocol MailKit expects, with the refusals a real one gives: a recipient
/// it does not know (550 on RCPT) and a service that is away (421 at the greeting). It keeps what it accepted.
/// </summary>
public sealed class LoopbackSmtp : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentDictionary<string, byte> refused = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<(string To, string Subject)> accepted = new();
    private readonly Task accepting;
    private int refusals;
    private volatile bool away;

    public LoopbackSmtp()
    {
        listener.Start();
        accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>Recipients refused and greetings answered « away » so far.</summary>
    public int Refusals => Volatile.Read(ref refusals);

    public void Refuse(string address) => refused[address] = 0;

    public void Accept(string address) => refused.TryRemove(address, out _);

    public bool Away
    {
        get => away;
        set => away = value;
    }

    public IReadOnlyList<string> SubjectsTo(string address) =>
        [.. accepted.Where(m => string.Equals(m.To, address, StringComparison.OrdinalIgnoreCase)).Select(m => m.Subject)];

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
        try
        {
            if (away)
            {
                Interlocked.Increment(ref refusals);
                await writer.WriteLineAsync("421 4.3.2 Service not available, closing transmission channel");
                return;
            }

            await writer.WriteLineAsync("220 loopback ESMTP");
            var recipients = new List<string>();
            while (await reader.ReadLineAsync() is { } line)
            {
                var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250-loopback\r\n250 8BITMIME");
                        break;
                    case "RCPT":
                        var address = line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim().Trim('<', '>');
                        if (refused.ContainsKey(address))
                        {
                            Interlocked.Increment(ref refusals);
                            await writer.WriteLineAsync($"550 5.1.1 <{address}>: Recipient address rejected: User unknown");
                        }
                        else
                        {
                            recipients.Add(address);
                            await writer.WriteLineAsync("250 2.1.5 Ok");
                        }

                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        var message = await MimeMessage.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(await ReadDataAsync(reader))));
                        foreach (var recipient in recipients) accepted.Enqueue((recipient, message.Subject ?? ""));
                        recipients.Clear();
                        await writer.WriteLineAsync("250 2.0.0 Ok: queued");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 2.0.0 Bye");
                        return;
                    default:
                        // HELO, MAIL, RSET, NOOP.
                        await writer.WriteLineAsync("250 2.0.0 Ok");
                        break;
                }
            }
        }
        catch (IOException)
        {
            // The client hung up.
        }
    }

    private static async Task<string> ReadDataAsync(StreamReader reader)
    {
        var data = new StringBuilder();
        while (await reader.ReadLineAsync() is { } line && line != ".")
        {
            data.Append(line.StartsWith("..", StringComparison.Ordinal) ? line[1..] : line).Append("\r\n");
        }

        return data.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        await accepting;
        stopping.Dispose();
    }
}
