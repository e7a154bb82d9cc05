namespace Plateforme.Lending.Repayments;

public enum InstalmentStatus
{
    Upcoming,

    /// <summary>Partly paid in advance, not yet due.</summary>
    PartiallyPaid,

    /// <summary>Due date passed, not fully paid, still within the tolerance before "late".</summary>
    Due,

    /// <summary>Still not fully paid more than the configured days (10) after its due date.</summary>
    Late,
    Paid,
}
