using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Plateforme.Web.Tests.EndToEnd;

/// <summary>
/// A loopback TCP relay in front of the application, so a test can cut every open connection the way a
/// train tunnel does, while the server and its circuits keep running.
/// </summary>
internal sealed class TcpRelay : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint target;
    private readonly ConcurrentDictionary<TcpClient, byte> open = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly Task accepting;

    public TcpRelay(Uri application)
    {
        target = new IPEndPoint(IPAddress.Loopback, application.Port);
        listener.Start();
        Address = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
        accepting = AcceptAsync();
    }

    public Uri Address { get; }

    /// <summary>Closes every connection in flight; new ones are still let through.</summary>
    public void CutConnections()
    {
        foreach (var client in open.Keys)
        {
            // A reset rather than a polite close, as a dropped network looks to both ends.
            if (client.Client is { Connected: true } socket) socket.LingerState = new LingerOption(true, 0);
            client.Dispose();
            open.TryRemove(client, out _);
        }
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient browserSide;
            try
            {
                browserSide = await listener.AcceptTcpClientAsync(stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            _ = RelayAsync(browserSide);
        }
    }

    private async Task RelayAsync(TcpClient browserSide)
    {
        var serverSide = new TcpClient();
        open[browserSide] = 0;
        open[serverSide] = 0;
        try
        {
            await serverSide.ConnectAsync(target, stopping.Token);
            var up = browserSide.GetStream().CopyToAsync(serverSide.GetStream(), stopping.Token);
            var down = serverSide.GetStream().CopyToAsync(browserSide.GetStream(), stopping.Token);
            await Task.WhenAny(up, down);
        }
        catch (Exception error) when (error is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // A cut connection ends here, which is the point.
        }
        finally
        {
            open.TryRemove(browserSide, out _);
            open.TryRemove(serverSide, out _);
            browserSide.Dispose();
            serverSide.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        CutConnections();
        await accepting;
        stopping.Dispose();
    }
}
