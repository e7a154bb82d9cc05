namespace Plateforme.Experiences.Sheets;

/// <summary>The result of a write: the sheet as saved, or the French problems that stopped it.</summary>
public sealed record ExperienceOutcome(Experience? Sheet, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Sheet is not null;

    public static ExperienceOutcome Saved(Experience sheet) => new(sheet, []);

    public static ExperienceOutcome Invalid(IReadOnlyList<string> problems) => new(null, problems);

    public static ExperienceOutcome Failed(string problem) => new(null, [problem]);
}
