using System.Diagnostics;
using System.Diagnostics.Metrics;
using Plateforme.Lending.Pledges;

namespace Plateforme.Lending;

/// <summary>
/// The lending module's traces and metrics, plain <see cref="System.Diagnostics"/>: a host that wants them subscribes
/// to <see cref="SourceName"/> and <see cref="MeterName"/>. Tags carry kinds and campaign ids, never a person.
/// </summary>
public static class LendingTelemetry
{
    public const string SourceName = "Plateforme.Lending";
    public const string MeterName = "Plateforme.Lending";

    /// <summary>One span per pledge submitted.</summary>
    public const string PledgeActivity = "plateforme.lending.pledge";
    public const string PledgesInstrument = "plateforme.lending.pledges";
    public const string PledgedCentsInstrument = "plateforme.lending.pledged_amount";

    private static readonly ActivitySource Source = new(SourceName);
    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Pledges = Meter.CreateCounter<long>(PledgesInstrument, "{pledge}", "Pledges accepted.");
    private static readonly Counter<long> PledgedCents = Meter.CreateCounter<long>(PledgedCentsInstrument, "cent", "Amounts pledged, in euro cents.");

    /// <summary>Starts the span of a pledge (null when no one listens).</summary>
    public static Activity? StartPledge(PledgeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Source.StartActivity(PledgeActivity)?
            .SetTag("lending.campaign_id", request.CampaignId)
            .SetTag("lending.pledge.kind", request.Kind.ToString())
            .SetTag("lending.pledge.funding", request.Funding.ToString());
    }

    /// <summary>An accepted pledge: one more pledge and its amount, by kind and funding.</summary>
    public static void RecordPledge(Activity? activity, Pledge pledge)
    {
        ArgumentNullException.ThrowIfNull(pledge);
        activity?.SetTag("lending.pledge.amount_cents", pledge.AmountCents);
        var kind = new KeyValuePair<string, object?>("lending.pledge.kind", pledge.Kind.ToString());
        var funding = new KeyValuePair<string, object?>("lending.pledge.funding", pledge.Funding.ToString());
        Pledges.Add(1, kind, funding);
        PledgedCents.Add(pledge.AmountCents, kind, funding);
    }
}
