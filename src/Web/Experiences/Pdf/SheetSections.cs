using Plateforme.Web.Resources;
using Plateforme.Experiences.Sheets;

namespace Plateforme.Web.Experiences.Pdf;

/// <summary>The sheet's sections in the seed sheet's order, with their French titles (page and PDF alike).</summary>
internal static class SheetSections
{
    public static IEnumerable<(string Title, string Text)> Of(Experience sheet) =>
    [
        (ExperienceUi.SectionContext, sheet.Context),
        (ExperienceUi.SectionObjectives, sheet.Objectives),
        (ExperienceUi.SectionMethod, sheet.Method),
        (ExperienceUi.SectionImplementation, sheet.Implementation),
        (ExperienceUi.SectionMeans, sheet.MeansAndCosts),
        (ExperienceUi.SectionResults, sheet.Results),
        (ExperienceUi.SectionVigilance, sheet.PointsOfVigilance),
        (ExperienceUi.SectionKeyFactors, sheet.KeyFactors),
    ];

    public static IEnumerable<string> Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
