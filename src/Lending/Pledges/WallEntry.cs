namespace Plateforme.Lending.Pledges;

/// <summary>A line of the public wall; <see cref="DisplayName"/> is null for anonymous pledges.</summary>
public sealed record WallEntry(string? DisplayName, PledgeKind Kind, long AmountCents, string? Message, DateTimeOffset At);
