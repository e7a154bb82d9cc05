using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Plateforme.Lending.Tests.Support;

namespace Plateforme.Lending.Tests.Telemetry;

public sealed class LendingTelemetryTests : IAsyncLifetime
{
    private LendingFixture _fixture = null!;

    public async Task InitializeAsync() => _fixture = await LendingFixture.SqliteAsync();

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    [Fact]
    public async Task A_pledge_counts_one_pledge_and_its_amount_in_cents()
    {
        var campaign = await TestData.PublishedAsync(_fixture);
        var measurements = new ConcurrentBag<(string Instrument, long Value, string? Kind)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == LendingTelemetry.MeterName) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            string? kind = null;
            foreach (var tag in tags) if (tag.Key == "lending.pledge.kind") kind = tag.Value as string;
            measurements.Add((instrument.Name, value, kind));
        });
        listener.Start();

        await _fixture.Pledges.PledgeAsync(TestData.Loan(campaign.Id, "lender-telemetry", 4_321));

        Assert.Contains((LendingTelemetry.PledgesInstrument, 1L, "Loan"), measurements);
        Assert.Contains((LendingTelemetry.PledgedCentsInstrument, 4_321L, "Loan"), measurements);
    }
}
