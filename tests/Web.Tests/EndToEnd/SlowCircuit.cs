using System.Text.RegularExpressions;
using System.Threading.Channels;
using Microsoft.Playwright;

namespace Plateforme.Web.Tests.EndToEnd;

/// <summary>
/// A page's circuit seen through a slow connection: once <see cref="Slow"/> is on, every message of the page
/// reaches the server late, still in order, so the page shows what it drew before the server's answer.
/// </summary>
public sealed class SlowCircuit
{
    private static readonly TimeSpan Lag = TimeSpan.FromMilliseconds(400);
    private int slow;

    private SlowCircuit()
    {
    }

    public bool Slow
    {
        get => Volatile.Read(ref slow) == 1;
        set => Volatile.Write(ref slow, value ? 1 : 0);
    }

    public static async Task<SlowCircuit> RouteAsync(IPage page)
    {
        var circuit = new SlowCircuit();
        await page.RouteWebSocketAsync(new Regex("/_blazor\\?id="), ws =>
        {
            var server = ws.ConnectToServer();
            var toServer = Channel.CreateUnbounded<IWebSocketFrame>();
            ws.OnMessage(frame => toServer.Writer.TryWrite(frame));
            _ = Task.Run(async () =>
            {
                await foreach (var frame in toServer.Reader.ReadAllAsync())
                {
                    if (circuit.Slow) await Task.Delay(Lag);
                    if (frame.Binary is { } bytes) server.Send(bytes); else server.Send(frame.Text ?? "");
                }
            });
        });
        return circuit;
    }
}
