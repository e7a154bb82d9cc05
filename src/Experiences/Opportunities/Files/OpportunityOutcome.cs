namespace Plateforme.Experiences.Opportunities.Files;

/// <summary>The result of a change to a file: the file saved, or its problems, or a refusal (not found, not the team's).</summary>
public sealed record OpportunityOutcome(Opportunity? File, IReadOnlyList<OpportunityProblem> Problems, OpportunityRefusal? Refusal)
{
    public bool Succeeded => File is not null;

    public static OpportunityOutcome Saved(Opportunity file) => new(file, [], null);

    public static OpportunityOutcome Invalid(IReadOnlyList<OpportunityProblem> problems) => new(null, problems, null);

    public static OpportunityOutcome Refused(OpportunityRefusal refusal) => new(null, [], refusal);
}
