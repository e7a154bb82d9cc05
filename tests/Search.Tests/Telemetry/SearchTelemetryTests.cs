using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Plateforme.Search.Tests.Lucene;
using static Plateforme.Search.Tests.Lucene.CallBuilder;

namespace Plateforme.Search.Tests.Telemetry;

public sealed class SearchTelemetryTests
{
    [Fact]
    public async Task A_search_counts_once_records_its_duration_and_puts_its_result_count_on_its_span()
    {
        var measurements = new ConcurrentBag<(string Instrument, double Value)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == SearchTelemetry.MeterName) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => measurements.Add((instrument.Name, value)));
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => measurements.Add((instrument.Name, value)));
        listener.Start();
        var spans = new ConcurrentBag<Activity>();
        using var activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == SearchTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Add,
        };
        ActivitySource.AddActivityListener(activities);
        using var index = await TestIndex.WithAsync(Call("Insertion professionnelle des jeunes"), Call("Culture et lien social"));

        var result = index.Search("telemetrie-unique");
        var found = index.Search("insertion");

        Assert.Equal(1, found.Total);
        Assert.Contains(measurements, m => m.Instrument == SearchTelemetry.SearchesInstrument && m.Value == 1);
        Assert.Contains(measurements, m => m.Instrument == SearchTelemetry.DurationInstrument && m.Value >= 0);
        Assert.Contains(spans, span => span.OperationName == SearchTelemetry.SearchActivity && Equals(span.GetTagItem("search.results"), 1));
        Assert.Equal(0, result.Total);
    }
}
