namespace Plateforme.Search.Vocabulary;

/// <summary>Why an administrator's change was refused; the web gives each its French message.</summary>
public enum VocabularyEditProblem
{
    None,
    TooFewTerms,
    TermTooLong,
    TooManyTerms,
    UnknownGroup,
    AlreadyDisabled,
}
