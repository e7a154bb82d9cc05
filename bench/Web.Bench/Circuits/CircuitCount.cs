using System.Diagnostics.Metrics;

namespace Plateforme.Web.Bench.Circuits;

/// <summary>
/// The circuits the server itself holds, read from Blazor Server's own metrics (the counters behind
/// <c>aspnetcore.components.circuit.active</c> and <c>.connected</c>) in this process. Listening needs nothing
/// registered in the application, so the host measured is exactly the one that ships. Start it before the first
/// circuit opens: an up-down counter only reports while someone listens.
/// </summary>
internal sealed class CircuitCount : IDisposable
{
    private const string MeterName = "Microsoft.AspNetCore.Components.Server.Circuits";
    private const string ActiveName = "aspnetcore.components.circuit.active";
    private const string ConnectedName = "aspnetcore.components.circuit.connected";

    private readonly MeterListener listener = new();
    private long active;
    private long connected;
    private long opened;

    public CircuitCount()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == MeterName && instrument.Name is ActiveName or ConnectedName) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            if (instrument.Name == ActiveName)
            {
                Interlocked.Add(ref active, value);
                if (value > 0) Interlocked.Add(ref opened, value);
            }
            else
            {
                Interlocked.Add(ref connected, value);
            }
        });
        listener.Start();
    }

    /// <summary>Circuits alive on the server now (connected or kept for a reconnection).</summary>
    public long Active => Interlocked.Read(ref active);

    /// <summary>Circuits with a live connection to their browser now.</summary>
    public long Connected => Interlocked.Read(ref connected);

    /// <summary>Circuits ever opened since the listener started.</summary>
    public long Opened => Interlocked.Read(ref opened);

    public void Dispose() => listener.Dispose();
}
