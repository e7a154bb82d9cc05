using Plateforme.Search.Reference;

namespace Plateforme.Search.Tests.Reference;

public class PublicDetectorTests
{
    [Theory]
    [InlineData("Insertion professionnelle des jeunes de 16 à 25 ans", "jeunes")]
    [InlineData("Accueil périscolaire et petite enfance", "enfants")]
    [InlineData("Rompre l'isolement des personnes âgées", "seniors")]
    [InlineData("Inclusion des personnes en situation de HANDICAP", "personnes-handicapees")]
    [InlineData("Égalité entre les femmes et les hommes", "femmes")]
    [InlineData("Projets dans les QPV", "quartiers-prioritaires")]
    [InlineData("Contrat de ville : quartiers prioritaires de la politique de la ville", "quartiers-prioritaires")]
    [InlineData("Remobiliser les demandeurs d'emploi de longue durée", "demandeurs-emploi")]
    [InlineData("Soutien à la parentalité", "familles")]
    [InlineData("Lutte contre la pauvreté et aide alimentaire", "personnes-precaires")]
    [InlineData("Accueil des réfugiés et demandeurs d'asile", "personnes-exilees")]
    [InlineData("Former les bénévoles des petites associations", "benevoles")]
    [InlineData("Vacances pour les enfants et les jeunes", "jeunes enfants")]
    public void Detects_the_publics_a_call_names(string text, string expected)
    {
        Assert.Equal(expected.Split(' '), PublicDetector.Detect(text, null, null));
    }

    [Theory]
    [InlineData("Rénovation énergétique des bâtiments communaux")]
    [InlineData("Accompagnement des jeunes pousses et des jeunes entreprises innovantes")]
    [InlineData("Critères d'exclusion : les dépenses de personnel")]
    [InlineData("Un bâtiment adossé à la mairie")]
    [InlineData("")]
    public void Names_nothing_when_the_text_names_nobody(string text)
    {
        Assert.Empty(PublicDetector.Detect(text, null, null));
    }

    [Fact]
    public void Reads_the_summary_and_the_description_too_in_the_list_order()
    {
        var found = PublicDetector.Detect("Appel à projets 2026", "Pour les seniors isolés.", "Les projets portés par des jeunes bénévoles sont bienvenus.");

        Assert.Equal([PublicSlugs.Youth, PublicSlugs.Seniors, PublicSlugs.Volunteers], found);
    }

    [Fact]
    public void Every_detected_slug_is_in_the_reference_list()
    {
        var all = ReferenceLists.Default.Publics.Items.Select(i => i.Label).Concat(["jeunes enfants seniors handicap femmes qpv chômage familles pauvreté réfugiés détenus bénévoles zrr étudiants"]);

        Assert.All(PublicDetector.Detect(string.Join(" ", all), null, null), slug => Assert.True(ReferenceLists.Default.Publics.Contains(slug)));
    }
}
