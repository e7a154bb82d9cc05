namespace Plateforme.Web.Shared.RateLimits;

/// <summary>The outcome of one request against its window: what the RateLimit-* headers say.</summary>
public readonly record struct QuotaDecision(bool Allowed, int Limit, int Remaining, int ResetSeconds);
