using Plateforme.Lending.Payments;

namespace Plateforme.Lending.Pledges;

/// <summary>An accepted pledge, with what the provider says to do next (null when re-lent from the balance).</summary>
public sealed record PledgeReceipt(Pledge Pledge, PaymentInstruction? Payment);
