namespace Plateforme.Search.Moderation;

public enum SubmissionOutcome
{
    Done,

    /// <summary>No such call for this organisation.</summary>
    NotFound,

    /// <summary>The call is under review or published: its organisation can no longer change it.</summary>
    Locked,
}
