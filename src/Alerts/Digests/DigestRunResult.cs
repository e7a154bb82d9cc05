namespace Plateforme.Alerts.Digests;

/// <summary>What one run did: digests composed (with how many calls in all) and e-mails sent.</summary>
public sealed record DigestRunResult(int Composed, int Calls, int Sent);
