using Microsoft.Extensions.Time.Testing;
using Plateforme.Crawler.Fetching.Politeness;

namespace Plateforme.Crawler.Tests.Fetching;

public sealed class HostGateTests
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task The_first_request_to_a_host_does_not_wait()
    {
        using var gate = new HostGate(_time);

        var entering = gate.EnterAsync(Delay, countsForDelay: true, CancellationToken.None);

        Assert.True(entering.IsCompletedSuccessfully);
        (await entering).Dispose();
    }

    [Fact]
    public async Task The_next_request_waits_the_delay_after_the_previous_one_finished()
    {
        using var gate = new HostGate(_time);
        var first = await gate.EnterAsync(Delay, countsForDelay: true, CancellationToken.None);
        _time.Advance(TimeSpan.FromMilliseconds(300)); // the request takes 300 ms
        first.Dispose();

        var second = gate.EnterAsync(Delay, countsForDelay: true, CancellationToken.None);
        _time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(second.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        (await second).Dispose();
    }

    [Fact]
    public async Task Only_one_request_is_in_flight_even_with_no_delay()
    {
        using var gate = new HostGate(_time);
        var first = await gate.EnterAsync(TimeSpan.Zero, countsForDelay: true, CancellationToken.None);

        var second = gate.EnterAsync(TimeSpan.Zero, countsForDelay: true, CancellationToken.None);
        await Task.Yield();
        Assert.False(second.IsCompleted);

        first.Dispose();
        (await second).Dispose();
    }

    [Fact]
    public async Task Robots_txt_does_not_delay_the_first_page()
    {
        using var gate = new HostGate(_time);
        (await gate.EnterAsync(TimeSpan.Zero, countsForDelay: false, CancellationToken.None)).Dispose();

        var page = gate.EnterAsync(Delay, countsForDelay: true, CancellationToken.None);

        Assert.True(page.IsCompletedSuccessfully);
        (await page).Dispose();
    }

    [Fact]
    public async Task A_hold_keeps_the_host_closed_beyond_the_usual_delay()
    {
        using var gate = new HostGate(_time);
        (await gate.EnterAsync(Delay, countsForDelay: true, CancellationToken.None)).Dispose();
        gate.HoldUntil(_time.GetUtcNow() + TimeSpan.FromSeconds(5)); // Retry-After: 5

        var next = gate.EnterAsync(Delay, countsForDelay: true, CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(4));
        Assert.False(next.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));
        (await next).Dispose();
    }

    [Fact]
    public async Task A_cancelled_wait_gives_the_turn_back()
    {
        using var gate = new HostGate(_time);
        (await gate.EnterAsync(Delay, countsForDelay: true, CancellationToken.None)).Dispose();
        using var cancellation = new CancellationTokenSource();

        var cancelled = gate.EnterAsync(Delay, countsForDelay: true, cancellation.Token);
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);

        var next = gate.EnterAsync(Delay, countsForDelay: true, CancellationToken.None);
        _time.Advance(Delay);
        (await next).Dispose();
    }

    [Fact]
    public void Different_ports_of_one_host_are_different_authorities()
    {
        using var gates = new HostGates(_time);

        Assert.NotSame(gates.For(new Uri("http://example.org:8080/a")), gates.For(new Uri("http://example.org:8081/a")));
        Assert.NotSame(gates.For(new Uri("http://example.org/a")), gates.For(new Uri("https://example.org/a")));
        Assert.Same(gates.For(new Uri("http://EXAMPLE.org/a")), gates.For(new Uri("http://example.org/b")));
    }
}
