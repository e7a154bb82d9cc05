namespace Plateforme.DemoData;

/// <summary>
/// What a demo call is about: its sub-theme, a title phrase ("Insertion professionnelle des jeunes"), a goal
/// to follow "afin de" ("favoriser l'accès des jeunes à un emploi durable"), examples of projects, who applies.
/// </summary>
internal sealed record DemoSubject(
    string Theme,
    string SubTheme,
    string Title,
    string Goal,
    IReadOnlyList<string> Examples,
    IReadOnlyList<string> Beneficiaries,
    DemoSpending Spending = DemoSpending.Operating);
