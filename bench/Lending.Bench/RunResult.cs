namespace Plateforme.Lending.Bench;

/// <summary>One measured run: rates per second, latencies in milliseconds, amounts in cents.</summary>
internal sealed record RunResult(
    string Name,
    int Clients,
    int Attempts,
    int Accepted,
    int Refused,
    int Failed,
    double Seconds,
    double AcceptedPerSecond,
    double AttemptsPerSecond,
    double LatencyP50Ms,
    double LatencyP95Ms,
    double LatencyP99Ms,
    long GoalCents,
    long PledgedCents,
    long AcceptedCents,
    long StoredCents,
    bool Overfunded,
    bool AccountingMatches);
