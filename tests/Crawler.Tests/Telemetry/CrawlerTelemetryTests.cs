using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Plateforme.Crawler.Tests.Pipeline;

namespace Plateforme.Crawler.Tests.Telemetry;

public sealed class CrawlerTelemetryTests
{
    [Fact]
    public async Task A_source_run_records_its_run_its_duration_and_its_calls_tagged_with_the_source()
    {
        const string source = "source-telemetrie";
        var measurements = new ConcurrentBag<string>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == CrawlerTelemetry.MeterName) l.EnableMeasurementEvents(instrument);
        };
        void Record(Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            foreach (var tag in tags) if (tag.Key == "crawler.source" && Equals(tag.Value, source)) measurements.Add(instrument.Name);
        }
        listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) => Record(instrument, tags));
        listener.SetMeasurementEventCallback<double>((instrument, _, tags, _) => Record(instrument, tags));
        listener.Start();
        await using var environment = new CrawlEnvironment();
        await environment.StartAsync();

        await environment.Runner.RunAsync(source);

        Assert.Contains(CrawlerTelemetry.RunsInstrument, measurements);
        Assert.Contains(CrawlerTelemetry.RunDurationInstrument, measurements);
        Assert.Contains(CrawlerTelemetry.CallsFoundInstrument, measurements);
        Assert.Contains(CrawlerTelemetry.CallsCreatedInstrument, measurements);
        Assert.Contains(CrawlerTelemetry.CallsUpdatedInstrument, measurements);
    }
}
