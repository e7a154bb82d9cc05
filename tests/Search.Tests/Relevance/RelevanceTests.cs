using Plateforme.Search.Indexing;
using Plateforme.Search.Reference;
using Plateforme.Search.Tests.Lucene;

namespace Plateforme.Search.Tests.Relevance;

/// <summary>What a person typing these words expects to see first, on a fixed corpus of real-looking calls.</summary>
public class RelevanceTests(RelevanceIndexFixture fixture) : IClassFixture<RelevanceIndexFixture>
{
    public static TheoryData<string, string> FirstResult => new()
    {
        { "insertion professionnelle jeunes", "emploi-jeunes-somme" },
        { "économie sociale et solidaire", "ess-amorcage" },
        { "economie sociale", "ess-amorcage" },
        { "tiers-lieux", "tiers-lieux" },
        { "tiers lieu", "tiers-lieux" },
        { "ressourcerie", "ressourceries" },
        { "résidence d'artistes", "residences-artistes" },
        { "églises", "patrimoine-religieux" },
        { "eglise chapelle", "patrimoine-religieux" },
        { "médiathèque", "lecture-publique" },
        { "mediatheques", "lecture-publique" },
        { "festival musique", "festivals" },
        { "sport quartiers prioritaires", "sport-qpv" },
        { "city-stade", "equipements-sportifs" },
        { "apprendre à nager", "savoir-nager" },
        { "handisport", "clubs-handisport" },
        { "rénovation énergétique école", "renovation-batiments" },
        { "haies bocagères", "haies" },
        { "eaux de pluie", "eaux-pluviales" },
        { "pistes cyclables", "plan-velo" },
        { "biodéchets", "zero-dechet" },
        { "inclusion numérique", "inclusion-numerique" },
        { "ordinateur famille", "ordinateurs-reconditionnes" },
        { "vente en ligne commerce", "tpe-numerique" },
        { "santé mentale", "sante-mentale-jeunes" },
        { "déserts médicaux", "maisons-sante" },
        { "aidants", "aidants" },
        { "isolement personnes âgées", "isolement-seniors" },
        { "quartiers prioritaires Amiens", "contrat-ville-amiens" },
        { "médiation sociale", "adultes-relais" },
        { "installation jeunes agriculteurs", "installation-agriculteurs" },
        { "agriculture biologique", "conversion-bio" },
        { "épicerie solidaire", "precarite-alimentaire" },
        { "crèche", "creches" },
        { "parentalité", "parentalite" },
        { "sans-abri", "hebergement-urgence" },
        { "violences faites aux femmes", "violences-femmes" },
        { "formation des bénévoles", "fdva" },
        { "revitaliser centre-ville", "petites-villes-demain" },
        { "tourisme vélo", "tourisme-velo" },
        { "logement apprentis", "logement-jeunes" },
        { "RSA", "fse-inclusion" },
        { "emploi handicap", "handicap-emploi" },
        { "innovation sociale", "innovation-sociale" },
        { "numérique seniors", "numerique-seniors" },
        { "cybersécurité", "cybersecurite" },
        { "jeunes NEET", "neet-quartiers" },
        { "sport santé", "sport-sante" },
        { "friches industrielles", "friches" },
        { "permis de conduire", "mobilite-emploi" },
        { "\"politique de la ville\" sport", "sport-qpv" },
        { "panneaux photovoltaïques", "solaire-agricole" },
        { "prêt d'honneur", "entrepreneuriat-femmes" },
    };

    public static TheoryData<string, string> InTopThree => new()
    {
        { "ESS", "dla" },
        { "circuits courts", "pat" },
        { "circuits courts", "circuits-courts-somme" },
        { "apprentissage", "premiere-experience" },
        { "CAF Somme", "creches" },
        { "chantier d'insertion", "chantiers-patrimoine" },
        { "structures d'insertion par l'activité économique", "fdi-siae" },
        { "habitat participatif", "habitat-participatif" },
        { "cinéma", "cinema-itinerant" },
        { "vacances", "vacances-familles" },
        { "éducation artistique", "education-artistique" },
        { "répit", "aidants" },
        { "fablabs coworking", "tiers-lieux" },
    };

    public static TheoryData<string, string> Misspelt => new()
    {
        { "ressourcerei", "ressourceries" },
        { "mediatheqe", "lecture-publique" },
        { "handisprot", "clubs-handisport" },
        { "cybersecurite", "cybersecurite" },
        { "parentalitée", "parentalite" },
    };

    [Theory]
    [MemberData(nameof(FirstResult))]
    public void The_expected_call_comes_first(string text, string slug)
    {
        var top = fixture.Top(TestIndex.Query(text), 1);

        Assert.Equal([slug], top);
    }

    [Theory]
    [MemberData(nameof(InTopThree))]
    public void The_expected_call_is_in_the_top_three(string text, string slug)
    {
        Assert.Contains(slug, fixture.Top(TestIndex.Query(text), 3));
    }

    [Theory]
    [MemberData(nameof(Misspelt))]
    public void A_misspelt_query_still_finds_the_call(string text, string slug)
    {
        Assert.Contains(slug, fixture.Top(TestIndex.Query(text), 3));
    }

    [Theory]
    [InlineData("Fondation de France", "fondation-de-france")]
    [InlineData("CAF de la Somme", "caf-somme")]
    [InlineData("Agence nationale du Sport", "ans")]
    public void A_funder_name_brings_its_calls_first(string text, string funder)
    {
        var top = fixture.Index.Search(TestIndex.Query(text) with { PageSize = 3 }).Hits;

        Assert.Equal(3, top.Count);
        Assert.All(top, hit => Assert.Contains(hit.Call.Funders, value => value.Value == funder));
    }

    [Fact]
    public void Territory_filter_keeps_local_calls_and_those_covering_the_place()
    {
        var somme = new TerritoryScope(TerritoryCode.Parse("dep:80"), [TerritoryCode.Parse("reg:32"), TerritoryCode.National]);

        var top = fixture.Top(TestIndex.Query("culture") with { Territories = [somme] }, 5);

        Assert.Contains("cinema-itinerant", top);
        Assert.DoesNotContain("clubs-handisport", fixture.Top(TestIndex.Query("sport") with { Territories = [somme] }, 20));
    }

    [Fact]
    public void Open_calls_for_companies_about_employment()
    {
        var query = TestIndex.Query("emploi") with { Beneficiaries = ["entreprise"], Statuses = [CallStatus.Open] };

        var top = fixture.Top(query, 3);

        Assert.Contains("handicap-emploi", top);
        Assert.DoesNotContain("emploi-jeunes-somme", top);
    }

    [Fact]
    public void A_closed_call_comes_after_an_equally_relevant_open_one()
    {
        var top = fixture.Top(TestIndex.Query("prévention"), 2);

        Assert.Equal(["sante-mentale-jeunes", "addictions"], top);
    }

    [Fact]
    public void Deadline_sort_with_text_starts_with_the_soonest_open_call()
    {
        var top = fixture.Top(TestIndex.Query("jeunes") with { Sort = SearchSort.Deadline }, 3);

        // "jeunes" also finds "jeunesse" (the field's vocabulary): the swimming lessons for children come in by date.
        Assert.Equal(["sante-mentale-jeunes", "savoir-nager", "emploi-jeunes-somme"], top);
    }
}
