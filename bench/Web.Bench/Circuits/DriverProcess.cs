using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;

namespace Plateforme.Web.Bench.Circuits;

/// <summary>The bench's handle on its browser driver: this same program started again with <c>--circuits-driver</c>.</summary>
internal sealed class DriverProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly Channel<string> replies = Channel.CreateUnbounded<string>();

    private DriverProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) replies.Writer.TryComplete();
            else if (e.Data.StartsWith(BrowserDriver.ReplyMark, StringComparison.Ordinal)) replies.Writer.TryWrite(e.Data[BrowserDriver.ReplyMark.Length..]);
            else Console.WriteLine("  [browser] " + e.Data);
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null) Console.Error.WriteLine("  [browser] " + e.Data);
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public static DriverProcess Start(Uri origin)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Run as an app host (dotnet run, the built binary) or through "dotnet Plateforme.Web.Bench.dll".
        var self = Environment.ProcessPath ?? "dotnet";
        start.FileName = self;
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") start.ArgumentList.Add(typeof(DriverProcess).Assembly.Location);
        start.ArgumentList.Add("--circuits-driver");
        start.ArgumentList.Add(origin.ToString());
        // Never download a browser: Debian's Chromium is the one used.
        start.Environment["PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD"] = "1";
        return new DriverProcess(Process.Start(start) ?? throw new InvalidOperationException("The browser driver did not start."));
    }

    public int Id => process.Id;

    public async Task<T> AskAsync<T>(DriverCommand command)
    {
        await process.StandardInput.WriteLineAsync(JsonSerializer.Serialize(command, WebBench.CamelCase));
        await process.StandardInput.FlushAsync();
        if (!await replies.Reader.WaitToReadAsync()) throw new InvalidOperationException("The browser driver stopped (see its output above).");
        var reply = await replies.Reader.ReadAsync();
        return JsonSerializer.Deserialize<T>(reply, WebBench.CamelCase)!;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            try
            {
                await AskAsync<JsonElement>(new DriverCommand("quit"));
                using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                await process.WaitForExitAsync(patience.Token);
            }
            catch (Exception failure) when (failure is InvalidOperationException or IOException or OperationCanceledException)
            {
                // Stopped below.
            }
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        process.Dispose();
    }
}
