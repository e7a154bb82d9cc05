namespace Plateforme.Experiences.Opportunities.Suggestions;

/// <summary>Why a call is suggested for a file (each shown in French with its value).</summary>
public enum ReasonKind
{
    /// <summary>The call's perimeter holds the file's place (value: the perimeter's name).</summary>
    Territory,

    /// <summary>Themes of the file are the call's (value: their labels, comma-separated).</summary>
    Theme,

    /// <summary>The call is open to the file's carrier type (value: the beneficiary's label).</summary>
    Beneficiary,

    /// <summary>The call names no beneficiary at all: to check with the funder.</summary>
    BeneficiaryUnstated,

    /// <summary>The call closes on a date (value: yyyy-MM-dd).</summary>
    Deadline,

    /// <summary>The call opens later (value: yyyy-MM-dd).</summary>
    OpensOn,

    /// <summary>The call is open without a closing date.</summary>
    NoDeadline,

    /// <summary>An experience shares themes with the file (value: their labels, comma-separated).</summary>
    SharedTheme,

    /// <summary>An experience is told in words of the file's description.</summary>
    SharedWords,

    /// <summary>An experience happened in the same région (value: its name).</summary>
    SameRegion,
}
