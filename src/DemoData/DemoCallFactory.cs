using System.Text;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Reference;
using Plateforme.Search.Text;

namespace Plateforme.DemoData;

/// <summary>
/// Writes demo call number <c>index</c> of a seeded series. Each call draws from its own generator, so a call
/// does not depend on how many are generated: the first 600 of 100 000 are the 600 of the web demo.
/// Not thread-safe: it reuses a text buffer from one call to the next.
/// </summary>
internal sealed class DemoCallFactory
{
    private static readonly TimeOnly[] DeadlineTimes = [new(12, 0), new(17, 0), new(23, 59), new(18, 0), new(16, 0), new(14, 0), new(12, 0), new(17, 0)];

    private static readonly Dictionary<string, string[]> RelatedThemes = new(StringComparer.Ordinal)
    {
        ["emploi-insertion"] = ["education-formation", "economie-sociale-solidaire"],
        ["jeunesse"] = ["education-formation", "vie-associative-citoyennete", "sport"],
        ["education-formation"] = ["jeunesse", "emploi-insertion"],
        ["economie-sociale-solidaire"] = ["emploi-insertion", "developpement-economique-commerce"],
        ["culture-patrimoine"] = ["education-formation", "developpement-economique-commerce"],
        ["sport"] = ["sante-social", "jeunesse"],
        ["solidarite-inclusion"] = ["sante-social", "vie-associative-citoyennete"],
        ["sante-social"] = ["solidarite-inclusion"],
        ["environnement-biodiversite"] = ["transition-energetique", "agriculture-alimentation"],
        ["transition-energetique"] = ["environnement-biodiversite", "logement-urbanisme"],
        ["mobilite"] = ["environnement-biodiversite", "emploi-insertion"],
        ["numerique"] = ["education-formation", "solidarite-inclusion"],
        ["agriculture-alimentation"] = ["environnement-biodiversite", "solidarite-inclusion"],
        ["logement-urbanisme"] = ["solidarite-inclusion", "transition-energetique"],
        ["politique-de-la-ville"] = ["solidarite-inclusion", "emploi-insertion", "education-formation"],
        ["developpement-economique-commerce"] = ["economie-sociale-solidaire", "emploi-insertion"],
        ["vie-associative-citoyennete"] = ["jeunesse", "solidarite-inclusion"],
    };

    private static readonly Dictionary<string, string[]> Partners = new(StringComparer.Ordinal)
    {
        ["region-hauts-de-france"] = ["fse-plus", "feder", "banque-des-territoires"],
        ["prefecture-somme"] = ["amiens-metropole", "ville-amiens", "departement-somme"],
        ["amiens-metropole"] = ["prefecture-somme", "region-hauts-de-france"],
        ["ville-amiens"] = ["amiens-metropole", "prefecture-somme"],
        ["departement-somme"] = ["caf-somme", "region-hauts-de-france"],
        ["caf-somme"] = ["departement-somme"],
        ["drajes-hauts-de-france"] = ["region-hauts-de-france"],
        ["anct"] = ["banque-des-territoires"],
        ["fondation-de-france"] = ["ag2r-la-mondiale"],
    };

    private readonly int seed;
    private readonly DateOnly today;
    private readonly IReadOnlyList<DemoFunder> funders;
    private readonly int[] cumulativeWeights;
    private readonly Dictionary<string, DemoFunder> funderBySlug;
    private readonly ThemeTaxonomy taxonomy = ThemeTaxonomy.Default;
    private readonly Dictionary<string, string> sharedTexts = new(StringComparer.Ordinal);
    private readonly StringBuilder descriptionBuilder = new(4096);

    public DemoCallFactory(int seed, DateOnly today, IReadOnlyList<DemoFunder> funders)
    {
        this.seed = seed;
        this.today = today;
        this.funders = funders;
        funderBySlug = funders.ToDictionary(f => f.Slug, StringComparer.Ordinal);
        cumulativeWeights = new int[funders.Count];
        var total = 0;
        for (var i = 0; i < funders.Count; i++) cumulativeWeights[i] = total += funders[i].Weight;
    }

    public FundingCall Create(int index)
    {
        var random = DemoRandom.For(seed, index);
        var funder = PickFunder(random);
        var programme = funder.Programmes.Count > 0 && random.Chance(0.3) ? random.Pick(funder.Programmes) : null;
        var subject = PickSubject(funder, programme, random);
        var place = DemoPlaces.ByCode[random.Pick(funder.Places)];
        var partner = Partners.TryGetValue(funder.Slug, out var partners) && random.Chance(0.15) ? funderBySlug[random.Pick(partners)] : null;

        var call = new FundingCall { Slug = "", Title = "", Territory = place.Code, State = ModerationState.Published };
        call.Funders = partner is null ? [funder.Slug] : [funder.Slug, partner.Slug];
        DemoCalendar.Fill(call, today, programme is not null, funder.Funding, random);
        if (call.Deadline is not null && random.Chance(0.35)) call.DeadlineTime = random.Pick(DeadlineTimes);
        DemoAmounts.Fill(call, funder.Funding, random);
        call.AidTypes = AidTypes(funder.Funding, subject, call, random);
        call.Beneficiaries = Beneficiaries(funder.Funding, subject, random);
        call.Destinations = Destinations(subject.Spending, random);
        // Read from the subject's own words, as the crawler reads a real call: subjects that name nobody stay « non précisé ».
        call.Publics = [.. PublicDetector.Detect(subject.Title, subject.Goal, null)];
        call.Territories = [call.Territory];
        call.Themes = RelatedThemes.TryGetValue(subject.Theme, out var related) && random.Chance(0.3)
            ? [subject.Theme, random.Pick(related)]
            : [subject.Theme];
        call.SubThemes = [subject.SubTheme];
        call.Keywords = Keywords(subject, random);

        // A permanent call opened years ago is still this year's; an upcoming one belongs to the year it opens.
        var year = call.Deadline?.Year ?? Math.Max(call.OpensOn?.Year ?? today.Year, today.Year);
        var plan = new DemoCallPlan(funder, partner, subject, programme, place, year, call);
        var title = DemoTitleWriter.Write(plan, random);
        call.Title = title.Text;
        call.ShortTitle = programme is null && random.Chance(0.4) ? subject.Title : null;
        call.IsCallForProjects = title.IsCallForProjects;
        call.Slug = $"{FrenchFolding.Slugify(title.Text, 72)}-{Base36(index)}";
        // Texts many calls share are kept once: 100 000 calls already weigh several hundred megabytes.
        call.Eligibility = Shared(DemoTextWriter.Eligibility(plan));
        call.Summary = DemoTextWriter.Summary(plan, title, random);
        call.DescriptionHtml = DemoDescriptionWriter.Write(plan, title, random, descriptionBuilder);
        call.ProjectExamples = Shared(DemoTextWriter.Examples(subject));
        call.Contact = Shared(DemoTextWriter.Contact(funder));
        call.OriginUrl = $"https://demo.plateforme.example/financeurs/{funder.Slug}/appels/{call.Slug}";
        call.ApplicationUrl = random.Chance(0.7) ? $"https://depot.demo.plateforme.example/{call.Slug}" : null;

        DemoCalendar.Stamp(call, today, random);
        // Identifiers come from a stream of their own: changing how texts are written keeps them stable.
        var ids = DemoRandom.For(seed, index, stream: 1);
        call.Id = ids.NextGuid();
        call.Sources =
        [
            new SourceRecord
            {
                Id = ids.NextGuid(),
                CallId = call.Id,
                SourceId = DemoCatalogue.SourceId,
                ExternalId = $"demo-{seed}-{index}",
                Url = call.OriginUrl,
                Licence = "Données de démonstration fictives",
                FirstSeenAt = call.CreatedAt,
                LastSeenAt = call.UpdatedAt,
            },
        ];
        return call;
    }

    private string Shared(string text)
    {
        if (sharedTexts.TryGetValue(text, out var shared)) return shared;
        sharedTexts.Add(text, text);
        return text;
    }

    private DemoFunder PickFunder(DemoRandom random)
    {
        var ticket = random.Next(cumulativeWeights[^1]);
        var at = Array.BinarySearch(cumulativeWeights, ticket + 1);
        return funders[at < 0 ? ~at : at];
    }

    private static DemoSubject PickSubject(DemoFunder funder, DemoProgramme? programme, DemoRandom random)
    {
        if (programme is not null)
        {
            var matching = DemoSubjects.OfSubTheme(programme.SubTheme);
            if (matching.Count > 0) return random.Pick(matching);
        }
        var ofTheme = DemoSubjects.OfTheme(random.Pick(funder.Themes));
        return ofTheme.Count > 0 ? random.Pick(ofTheme) : random.Pick(DemoSubjects.All);
    }

    private static List<string> AidTypes(DemoFunding funding, DemoSubject subject, FundingCall call, DemoRandom random)
    {
        switch (funding)
        {
            case DemoFunding.Loans:
                var draw = random.NextDouble();
                return draw < 0.55 ? [AidTypeSlugs.Loan]
                    : draw < 0.8 ? [AidTypeSlugs.Loan, AidTypeSlugs.FinancialEngineering]
                    : draw < 0.9 ? [AidTypeSlugs.RepayableAdvance]
                    : [AidTypeSlugs.OtherFinancialAid];
            case DemoFunding.Engineering:
                return random.Next(4) switch
                {
                    0 => [AidTypeSlugs.TechnicalEngineering],
                    1 => [AidTypeSlugs.TechnicalEngineering, AidTypeSlugs.FinancialEngineering],
                    2 => [AidTypeSlugs.LegalEngineering],
                    _ => [AidTypeSlugs.TechnicalEngineering, AidTypeSlugs.Grant],
                };
            case DemoFunding.Prizes:
                return [AidTypeSlugs.OtherFinancialAid];
            case DemoFunding.Investment:
                List<string> investment = [AidTypeSlugs.Grant];
                if (subject.Beneficiaries.Contains(BeneficiarySlugs.PrivateCompany) && random.Chance(0.3)) investment.Add(AidTypeSlugs.RepayableAdvance);
                if (subject.Theme == "transition-energetique" && random.Chance(0.25)) investment.Add(AidTypeSlugs.EnergySavingCertificates);
                return investment;
            default:
                return call.MaxAmountCents is null && random.Chance(0.1)
                    ? [AidTypeSlugs.Grant, AidTypeSlugs.TechnicalEngineering]
                    : [AidTypeSlugs.Grant];
        }
    }

    private static List<string> Beneficiaries(DemoFunding funding, DemoSubject subject, DemoRandom random)
    {
        List<string> chosen = [subject.Beneficiaries[0]];
        for (var i = 1; i < subject.Beneficiaries.Count; i++)
        {
            if (random.Chance(0.6)) chosen.Add(subject.Beneficiaries[i]);
        }
        if (funding == DemoFunding.Engineering)
        {
            foreach (var local in new[] { BeneficiarySlugs.Commune, BeneficiarySlugs.Epci })
            {
                if (!chosen.Contains(local)) chosen.Add(local);
            }
        }
        return chosen;
    }

    private static List<string> Destinations(DemoSpending spending, DemoRandom random) => spending switch
    {
        DemoSpending.Operating => [DestinationSlugs.Operating],
        DemoSpending.Investment => [DestinationSlugs.Investment],
        _ => random.Next(4) switch
        {
            0 or 1 => [DestinationSlugs.Operating, DestinationSlugs.Investment],
            2 => [DestinationSlugs.Operating],
            _ => [DestinationSlugs.Investment],
        },
    };

    private List<string> Keywords(DemoSubject subject, DemoRandom random)
    {
        var keywords = new List<string>(4);
        if (taxonomy.FindSubTheme(subject.SubTheme) is { } subTheme) keywords.AddRange(random.PickSome(subTheme.Keywords, 2));
        // The first keywords of a theme are its plain words; later ones name schemes ("FDVA", "ANS").
        if (taxonomy.Find(subject.Theme) is { } theme) keywords.Add(random.Pick(theme.Keywords.Take(5).ToArray()));
        return keywords.Distinct(StringComparer.Ordinal).ToList();
    }

    private static string Base36(int value)
    {
        const string digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        if (value == 0) return "0";
        var chars = new Stack<char>();
        for (var rest = (uint)value; rest > 0; rest /= 36) chars.Push(digits[(int)(rest % 36)]);
        return new string([.. chars]);
    }
}
