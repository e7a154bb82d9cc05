using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Plateforme.Lending.Calendar;
using Plateforme.Lending.Payments.Operations;
using Plateforme.Lending.Payments.Reconciliation;
using Plateforme.Lending.Payments.Sepa;

namespace Plateforme.Lending.Payments.Stripe;

/// <summary>
/// Stripe's periodic work, like the lending clock's: every minute the transfers left in the outbox, every quarter of an
/// hour the SEPA debits of due instalments, and once a day (after 06:00 in Paris) the reconciliation of the day before.
/// Each step is safe to repeat; a failed step is logged and tried at the next tick.
/// </summary>
public sealed partial class StripeScheduledWork(
    PayoutOutboxDrain payouts, RepaymentDebits debits, StripeReconciliation reconciliation, TimeProvider time, ILogger<StripeScheduledWork> logger)
    : BackgroundService
{
    public static readonly TimeSpan Tick = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan DebitInterval = TimeSpan.FromMinutes(15);
    public const int ReconciliationHour = 6;

    private DateTimeOffset _lastDebits = DateTimeOffset.MinValue;
    private DateOnly _lastReconciled = DateOnly.MinValue;

    /// <summary>One tick: what is due now.</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await StepAsync("payouts", () => payouts.DrainOnceAsync(cancellationToken));
        var now = time.GetUtcNow();
        if (now - _lastDebits >= DebitInterval)
        {
            _lastDebits = now;
            await StepAsync("debits", () => debits.RunAsync(cancellationToken));
        }

        var yesterday = ParisCalendar.DayOf(now).AddDays(-1);
        var parisHour = TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).Hour;
        if (_lastReconciled < yesterday && parisHour >= ReconciliationHour)
        {
            _lastReconciled = yesterday;
            await StepAsync("reconciliation", async () => (await reconciliation.RunAsync(yesterday, cancellationToken)).Count);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Tick, time, stoppingToken);
                await RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task StepAsync(string step, Func<Task<int>> work)
    {
        try
        {
            var count = await work();
            if (count > 0) LogStep(step, count);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            LogStepFailed(step, failure.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stripe periodic step {Step}: {Count}")]
    private partial void LogStep(string step, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Stripe periodic step {Step} failed: {Reason}")]
    private partial void LogStepFailed(string step, string reason);
}
