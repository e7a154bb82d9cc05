using System.Diagnostics;
using System.Text;

namespace Plateforme.Testing;

/// <summary>Runs a command to completion, optionally as the postgres OS user (PostgreSQL refuses to run as root).</summary>
internal static class ProcessRunner
{
    public static bool IsRoot { get; } = string.Equals(Environment.UserName, "root", StringComparison.Ordinal);

    public static async Task<string> RunAsync(string file, IEnumerable<string> arguments, bool asPostgresUser, TimeSpan timeout)
    {
        var info = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgresUser && IsRoot)
        {
            info.FileName = "runuser";
            foreach (var part in new[] { "-u", "postgres", "--", file }) info.ArgumentList.Add(part);
        }
        else
        {
            info.FileName = file;
        }

        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        // initdb and pg_ctl must not inherit the caller's locale variables (a missing locale makes initdb fail).
        info.Environment["LC_ALL"] = "C";
        info.Environment.Remove("LANG");

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish within {timeout.TotalSeconds:0} s.");
        }

        output.Append(await stdout.ConfigureAwait(false)).Append(await stderr.ConfigureAwait(false));
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', info.ArgumentList)} failed with exit code {process.ExitCode}:\n{output}");
        }

        return output.ToString();
    }
}
