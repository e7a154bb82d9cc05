namespace Plateforme.Lending.Repayments;

public sealed record ScheduledInstalment(int Number, DateOnly DueDate, long AmountCents);
