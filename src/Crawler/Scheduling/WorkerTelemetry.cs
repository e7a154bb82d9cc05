using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Plateforme.Crawler.Scheduling;

/// <summary>
/// OpenTelemetry for the standalone crawler (worker and verbs), the same settings as the web host's ("Telemetry:Otlp:*"
/// or the standard OTEL_EXPORTER_OTLP_* variables, off when neither is set): the crawler's source and meter, the
/// search module's, HttpClient, EF Core and runtime instrumentation. The only place in this project that names OpenTelemetry.
/// </summary>
public static class WorkerTelemetry
{
    public static IHostApplicationBuilder AddWorkerTelemetry(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection("Telemetry");
        var endpoint = section.GetValue<Uri?>("Otlp:Endpoint");
        if (endpoint is null && string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])) return builder;
        if (endpoint is { IsAbsoluteUri: false }) throw new InvalidOperationException("Telemetry:Otlp:Endpoint must be an absolute address.");

        var protocol = section.GetValue("Otlp:Protocol", OtlpExportProtocol.HttpProtobuf);
        var headers = section["Otlp:Headers"];
        var version = typeof(WorkerTelemetry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        void Configure(OtlpExporterOptions exporter, string signalPath)
        {
            if (endpoint is null) return;
            exporter.Protocol = protocol;
            exporter.Endpoint = protocol == OtlpExportProtocol.HttpProtobuf
                ? new Uri(endpoint.AbsoluteUri.TrimEnd('/') + "/" + signalPath)
                : endpoint;
            if (!string.IsNullOrWhiteSpace(headers)) exporter.Headers = headers;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(section["ServiceName"] ?? "plateforme-crawler", serviceVersion: version))
            .WithTracing(tracing => tracing
                .AddSource(CrawlerTelemetry.SourceName, Search.SearchTelemetry.SourceName)
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation()
                .AddOtlpExporter(o => Configure(o, "v1/traces")))
            .WithMetrics(metrics => metrics
                .AddMeter(CrawlerTelemetry.MeterName, Search.SearchTelemetry.MeterName)
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddOtlpExporter(o => Configure(o, "v1/metrics")));
        return builder;
    }
}
