namespace Plateforme.Experiences.Sheets;

/// <summary>A sheet whose facts were last checked more than two years ago is « à actualiser ».</summary>
public static class Freshness
{
    public const int YearsBeforeReview = 2;

    public static bool NeedsUpdate(DateOnly lastReviewedOn, DateOnly today) => lastReviewedOn.AddYears(YearsBeforeReview) < today;
}
