namespace Plateforme.Lending.Repayments;

/// <summary>A line of the schedule as pages show it, with the status of the day (never "late" once paid).</summary>
public sealed record InstalmentView(int Number, DateOnly DueDate, long AmountCents, long PaidCents, DateOnly? PaidOn, InstalmentStatus Status);
