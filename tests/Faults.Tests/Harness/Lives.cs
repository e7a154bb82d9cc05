namespace Plateforme.Faults.Tests.Harness;

/// <summary>Starting, killing and restarting the host of a site, with the figures kept.</summary>
public sealed class Lives(FaultSite site, FaultFigures figures)
{
    private static readonly TimeSpan DeathTimeout = TimeSpan.FromSeconds(30);
    private int lives;

    /// <summary>A new life of the host; every life after the first counts as a restart.</summary>
    public async Task<WebProcess> StartAsync(string? faultPoint = null)
    {
        if (lives++ > 0) figures.Restarted();
        if (faultPoint is not null) figures.KillPointTried(site.ProviderName, faultPoint);
        var host = await WebProcess.StartAsync(site, faultPoint);
        if (faultPoint is null && host.HasExited) throw new InvalidOperationException($"The host died at start (exit {host.ExitCode}):\n{host.Output}");
        return host;
    }

    /// <summary>Waits for the armed point to kill the host; fails when it lives on or dies otherwise.</summary>
    public async Task DiedAtPointAsync(WebProcess host, string point)
    {
        var died = await host.DiesWithinAsync(DeathTimeout);
        if (!died) await host.KillAsync();
        Assert.True(died, $"The host was not killed by {point} within {DeathTimeout.TotalSeconds:0} s.\n{host.Output}");
        Assert.True(host.ExitCode == WebProcess.KilledExitCode, $"The host exited with {host.ExitCode}, not by SIGKILL at {point}.\n{host.Output}");
        figures.SelfKilled();
    }

    public async Task KillAsync(WebProcess host)
    {
        await host.KillAsync();
        figures.KilledFromOutside();
    }
}
