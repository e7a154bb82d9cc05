using Plateforme.Lending.Payments;

namespace Plateforme.Lending.Repayments;

/// <summary>What was paid out to the carrier, the schedule it must repay, and the provider's answer for the payout.</summary>
public sealed record Disbursement(long PrincipalCents, long DonationsCents, IReadOnlyList<ScheduledInstalment> Schedule, PaymentInstruction Payout);
