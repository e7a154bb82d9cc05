using System.Diagnostics;
using System.Globalization;
using Xunit.Sdk;

namespace Plateforme.Testing;

/// <summary>
/// Waits for work the test does not control (a background indexer, a hosted service, another process, a browser)
/// by polling a condition, a value or an assertion until it holds or the timeout passes.
/// </summary>
/// <remarks>
/// <para>
/// The timeout is real time on purpose: what is awaited runs on other threads and sockets. The test's
/// <c>FakeTimeProvider</c> stays where the test put it; a poll never moves it.
/// </para>
/// <para>
/// Polls start fast (10 ms) and back off to one every 250 ms, so a quick condition costs little time and a slow one
/// little CPU. The condition is always tried once more after the timeout, so a starved machine fails only when the
/// condition is really still false. The default timeout is generous for a loaded two-core CI machine; a test that
/// asserts a speed (within one second) passes its own.
/// </para>
/// <para>On failure the message says what was awaited, for how long, and the last value or exception seen.</para>
/// </remarks>
public static class Eventually
{
    /// <summary>How long a poll waits when the test does not say: long enough for a busy CI machine.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan FirstInterval = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan LongestInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>Waits until <paramref name="condition"/> is true.</summary>
    /// <param name="because">What is awaited, in words, for the failure message.</param>
    /// <param name="timeout">Real time to wait; <see cref="DefaultTimeout"/> when null.</param>
    /// <param name="interval">A fixed time between tries, for a test that measures how soon; backs off when null.</param>
    public static Task TrueAsync(Func<bool> condition, string? because = null, TimeSpan? timeout = null, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return TrueAsync(() => Task.FromResult(condition()), because, timeout, interval);
    }

    /// <summary>Waits until the asynchronous <paramref name="condition"/> is true.</summary>
    /// <inheritdoc cref="TrueAsync(Func{bool}, string?, TimeSpan?, TimeSpan?)" path="/param"/>
    public static Task TrueAsync(Func<Task<bool>> condition, string? because = null, TimeSpan? timeout = null, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return ValueAsync(condition, done => done, because ?? "the condition to become true", timeout, interval);
    }

    /// <summary>Reads a value until <paramref name="accept"/> takes it, and returns that value.</summary>
    /// <param name="read">Reads the current value; an exception it throws fails the poll at once.</param>
    /// <param name="accept">Whether the value read is the one awaited.</param>
    /// <inheritdoc cref="TrueAsync(Func{bool}, string?, TimeSpan?, TimeSpan?)" path="/param"/>
    public static Task<T> ValueAsync<T>(Func<T> read, Func<T, bool> accept, string? because = null, TimeSpan? timeout = null, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(read);
        return ValueAsync(() => Task.FromResult(read()), accept, because, timeout, interval);
    }

    /// <summary>Reads a value asynchronously until <paramref name="accept"/> takes it, and returns that value.</summary>
    /// <inheritdoc cref="ValueAsync{T}(Func{T}, Func{T, bool}, string?, TimeSpan?, TimeSpan?)" path="/param"/>
    public static async Task<T> ValueAsync<T>(Func<Task<T>> read, Func<T, bool> accept, string? because = null, TimeSpan? timeout = null, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(accept);
        var poll = new Poll(timeout, interval);
        while (true)
        {
            var value = await read();
            if (accept(value)) return value;
            if (!await poll.NextAsync())
            {
                throw new XunitException($"{poll.Describe(because ?? "an accepted value")}. Last value: {Show(value)}");
            }
        }
    }

    /// <summary>Runs <paramref name="assertion"/> until it throws no more, and rethrows its last failure after the timeout.</summary>
    /// <inheritdoc cref="TrueAsync(Func{bool}, string?, TimeSpan?, TimeSpan?)" path="/param"/>
    public static Task HoldsAsync(Action assertion, string? because = null, TimeSpan? timeout = null, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        return HoldsAsync(
            () =>
            {
                assertion();
                return Task.CompletedTask;
            },
            because,
            timeout,
            interval);
    }

    /// <summary>Runs the asynchronous <paramref name="assertion"/> until it throws no more, and rethrows its last failure after the timeout.</summary>
    /// <inheritdoc cref="TrueAsync(Func{bool}, string?, TimeSpan?, TimeSpan?)" path="/param"/>
    public static async Task HoldsAsync(Func<Task> assertion, string? because = null, TimeSpan? timeout = null, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        var poll = new Poll(timeout, interval);
        while (true)
        {
            try
            {
                await assertion();
                return;
            }
            // Any failure of the assertion is a try that did not hold yet; the last one is reported.
            catch (Exception failure) when (failure is not OutOfMemoryException)
            {
                if (!await poll.NextAsync())
                {
                    throw new XunitException($"{poll.Describe(because ?? "the assertion to hold")}. Last failure: {failure.GetType().Name}: {failure.Message}", failure);
                }
            }
        }
    }

    private static string Show<T>(T value) => value switch
    {
        null => "null",
        string text => $"\"{(text.Length > 500 ? text[..500] + "…" : text)}\"",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };

    /// <summary>The bookkeeping of one poll: tries, elapsed time, the next pause.</summary>
    private sealed class Poll(TimeSpan? timeout, TimeSpan? interval)
    {
        private readonly Stopwatch _watch = Stopwatch.StartNew();
        private readonly TimeSpan _timeout = timeout ?? DefaultTimeout;
        private TimeSpan _pause = interval ?? FirstInterval;
        private int _tries = 1;

        /// <summary>Pauses before the next try; false once a try was made at or after the timeout.</summary>
        public async Task<bool> NextAsync()
        {
            var left = _timeout - _watch.Elapsed;
            if (left <= TimeSpan.Zero) return false;
            await Task.Delay(_pause < left ? _pause : left);
            if (interval is null) _pause = TimeSpan.FromTicks(Math.Min(_pause.Ticks * 2, LongestInterval.Ticks));
            _tries++;
            return true;
        }

        public string Describe(string awaited) => string.Create(
            CultureInfo.InvariantCulture,
            $"Waited {_watch.Elapsed.TotalSeconds:0.0} s ({_tries} tries, timeout {_timeout.TotalSeconds:0.#} s) for {awaited}, in vain");
    }
}
