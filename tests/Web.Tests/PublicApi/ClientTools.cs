using System.Diagnostics;

namespace Plateforme.Web.Tests.PublicApi;

/// <summary>
/// The tools a client developer runs on our OpenAPI document — Redocly's linter, openapi-typescript and tsc — pinned in
/// tests/Web.Tests/ClientTools/package.json. ./infra/test.sh installs them from the npm registry; a test run without
/// them installs them once the same way (npm ci, from the lock file).
/// </summary>
internal static class ClientTools
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static bool installed;

    public static string Folder { get; } = FindFolder();

    public static async Task EnsureInstalledAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (installed || File.Exists(Bin("redocly")) && File.Exists(Bin("openapi-typescript")) && File.Exists(Bin("tsc")))
            {
                installed = true;
                return;
            }
            var (code, output) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], Folder, TimeSpan.FromMinutes(5));
            Assert.True(code == 0, "npm ci failed in " + Folder + ":\n" + output);
            installed = true;
        }
        finally
        {
            Gate.Release();
        }
    }

    public static string Bin(string name) => Path.Combine(Folder, "node_modules", ".bin", name);

    public static async Task<(int Code, string Output)> RunAsync(string file, IEnumerable<string> arguments, string workingDirectory, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // The linter's update notice and telemetry would reach for the internet.
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        start.Environment["NO_UPDATE_NOTIFIER"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', start.ArgumentList)} did not finish in time.");
        }
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string FindFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var folder = Path.Combine(directory.FullName, "tests", "Web.Tests", "ClientTools");
            if (File.Exists(Path.Combine(folder, "package.json"))) return folder;
        }
        throw new InvalidOperationException("tests/Web.Tests/ClientTools/package.json was not found above " + AppContext.BaseDirectory);
    }
}
