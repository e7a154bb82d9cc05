using System.Globalization;

namespace Plateforme.DemoData;

/// <summary>Titles in the shapes funders use: "Appel à projets « … » 2026 — Somme", "AMI …", "Prix …", a named programme.</summary>
internal static class DemoTitleWriter
{
    private const string CallForProjects = "cet appel à projets";
    private const string CallForInterest = "cet appel à manifestation d'intérêt";

    public static DemoTitle Write(DemoCallPlan plan, DemoRandom random)
    {
        var subject = plan.Subject.Title;
        var year = plan.Year.ToString(CultureInfo.InvariantCulture);
        var title = plan.Programme is { } programme
            ? Programme(programme, year, random)
            : plan.Funder.Funding switch
            {
                DemoFunding.Prizes => Prize(subject, year, random),
                DemoFunding.Loans when random.Chance(0.7) => Loan(subject, random),
                DemoFunding.Engineering when random.Chance(0.5) => Engineering(subject, random),
                _ => Call(subject, year, random),
            };
        return title with { Text = title.Text + PlaceSuffix(plan, random) };
    }

    private static DemoTitle Call(string subject, string year, DemoRandom random) => random.Next(10) switch
    {
        0 or 1 => new($"Appel à projets « {subject} » {year}", true, CallForProjects),
        2 => new($"Appel à projets « {subject} »", true, CallForProjects),
        3 => new($"AAP {subject} {year}", true, CallForProjects),
        4 => new($"Appel à manifestation d'intérêt « {subject} »", true, CallForInterest),
        5 => new($"AMI {subject}", true, CallForInterest),
        6 => new($"Appel à initiatives « {subject} » {year}", true, "cet appel à initiatives"),
        7 => new($"{subject} : appel à projets {year}", true, CallForProjects),
        8 => new($"Fonds « {subject} »", false, "ce fonds"),
        _ => new($"Aide au projet : {FrenchText.LowerFirst(subject)}", false, "cette aide"),
    };

    private static DemoTitle Programme(DemoProgramme programme, string year, DemoRandom random) => random.Next(4) switch
    {
        0 => new($"{programme.Title} {year}", true, CallForProjects),
        1 => new($"{programme.Title} – campagne {year}", true, "cette campagne"),
        2 => new($"{programme.Title} – appel à projets", true, CallForProjects),
        _ => new(programme.Title, false, "ce dispositif"),
    };

    private static DemoTitle Prize(string subject, string year, DemoRandom random) => random.Next(3) switch
    {
        0 => new($"Prix « {subject} » {year}", false, "ce prix"),
        1 => new($"Trophées « {subject} » {year}", false, "ce concours"),
        _ => new($"Appel à candidatures : prix « {subject} »", false, "cet appel à candidatures"),
    };

    private static DemoTitle Loan(string subject, DemoRandom random) => random.Next(3) switch
    {
        0 => new($"Prêt solidaire « {subject} »", false, "ce prêt"),
        1 => new($"Financement en prêt : {FrenchText.LowerFirst(subject)}", false, "ce financement"),
        _ => new($"Garantie et prêt pour les projets « {subject} »", false, "ce dispositif"),
    };

    private static DemoTitle Engineering(string subject, DemoRandom random) => random.Next(2) switch
    {
        0 => new($"Accompagnement en ingénierie : {FrenchText.LowerFirst(subject)}", false, "cet accompagnement"),
        _ => new($"Appui aux collectivités – {FrenchText.LowerFirst(subject)}", false, "cet appui"),
    };

    private static string PlaceSuffix(DemoCallPlan plan, DemoRandom random)
    {
        if (plan.Place.Code is "nat:FR" or "eu:UE") return "";
        // A funder's own perimeter goes without saying half of the time; a smaller one is named.
        var isFunderOwn = string.Equals(plan.Place.Code, plan.Funder.Funder.Territory, StringComparison.Ordinal);
        if (isFunderOwn && random.Chance(0.5)) return "";
        return random.Chance(0.5) ? " — " + plan.Place.Name : " (" + plan.Place.Name + ")";
    }
}
