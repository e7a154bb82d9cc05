using Plateforme.Crawler.Extraction.Detection;
using Plateforme.Search.Reference;

namespace Plateforme.Crawler.Tests.Extraction;

public sealed class DetectorTests
{
    [Theory]
    [InlineData("Associations loi 1901", true, "association")]
    [InlineData("Collectivités, EPCI et associations", true, "association,commune,epci,departement,region")]
    [InlineData("Communes et intercommunalités de moins de 10 000 habitants", true, "commune,epci")]
    [InlineData("TPE, PME et entrepreneurs de l'ESS", true, "entreprise-privee")]
    [InlineData("Sociétés d'économie mixte et SPL", true, "entreprise-publique-locale")]
    [InlineData("Particuliers propriétaires occupants", true, "particulier")]
    [InlineData("Exploitants agricoles, GAEC et CUMA", true, "agriculteur")]
    [InlineData("Établissements scolaires, universités et laboratoires de recherche", true, "etablissement-public,chercheur")]
    [InlineData("Entreprise privée; Association", true, "association,entreprise-privee")]
    [InlineData("Département, Région", true, "departement,region")]
    [InlineData("La Région Hauts-de-France soutient les associations du département de la Somme.", false, "association")]
    [InlineData("Aucun public précisé", false, "")]
    public void Beneficiaries_are_mapped_to_reference_slugs(string text, bool isField, string expected)
    {
        Assert.Equal(expected, string.Join(',', BeneficiaryDetector.Detect(text, isField)));
    }

    [Theory]
    [InlineData("Subvention de fonctionnement", false, "subvention")]
    [InlineData("Prêt d'honneur à taux zéro", false, "pret")]
    [InlineData("Avance remboursable", false, "avance-recuperable")]
    [InlineData("Financement par les certificats d'économies d'énergie (CEE)", false, "cee")]
    [InlineData("Prix de l'innovation sociale", false, "autre-aide-financiere")]
    [InlineData("Accompagnement technique et ingénierie de projet", false, "ingenierie-technique")]
    [InlineData("Ingénierie financière : aide au montage financier", false, "ingenierie-financiere")]
    [InlineData("Conseil juridique gratuit", false, "ingenierie-juridique")]
    [InlineData("Subvention ; Accompagnement", true, "subvention,ingenierie-technique")]
    [InlineData("Prêt", true, "pret")]
    [InlineData("Les dossiers prêts à être instruits", false, "")]
    public void Aid_types_are_mapped_to_reference_slugs(string text, bool isField, string expected)
    {
        Assert.Equal(expected, string.Join(',', AidTypeDetector.Detect(text, isField)));
    }

    [Theory]
    [InlineData("Appel à projets Tiers-lieux 2026", true)]
    [InlineData("Appels à projets : culture", true)]
    [InlineData("AMI Mobilités rurales", true)]
    [InlineData("Appel à manifestation d’intérêt pour les tiers-lieux", true)]
    [InlineData("AAP Jeunesse", true)]
    [InlineData("Appel à candidatures : prix de l'engagement", true)]
    [InlineData("Aide à l'investissement des associations sportives", false)]
    [InlineData("Un ami vous recommande ce dispositif", false)]
    public void Calls_for_projects_are_recognised_in_titles(string title, bool expected)
    {
        Assert.Equal(expected, CallForProjectsDetector.IsCallForProjects(title));
    }

    [Fact]
    public void Themes_are_detected_from_the_title_and_body()
    {
        var detection = ThemeDetector.Default.Detect(
            "Appel à projets Inclusion numérique",
            "Soutenir la médiation numérique et lutter contre la fracture numérique auprès des personnes âgées.");

        Assert.Equal("numerique", detection.Themes[0]);
        Assert.Contains("inclusion-numerique", detection.SubThemes);
    }

    [Fact]
    public void One_passing_word_does_not_file_a_call_under_a_second_theme()
    {
        var detection = ThemeDetector.Default.Detect(
            "Fonds de soutien aux clubs sportifs",
            "Le club sportif développe la pratique sportive pour tous ; dossier déposé au fil de l'eau, projet de nature à renforcer le lien.");

        Assert.Equal(["sport"], detection.Themes);
    }

    [Fact]
    public void A_keyword_inside_another_themes_phrase_does_not_count()
    {
        var detection = ThemeDetector.Default.Detect(
            "Appel à projets Alimentation durable",
            "Soutenir les circuits courts et la restauration collective dans les cantines.");

        Assert.Equal(["agriculture-alimentation"], detection.Themes);
    }

    [Fact]
    public void Acronyms_match_only_in_capitals()
    {
        var agency = ThemeDetector.Default.Detect("Appel de l'ANS pour le sport santé", null);
        var age = ThemeDetector.Default.Detect("Projets pour les 16-25 ans", null);

        Assert.Contains("sport", agency.Themes);
        Assert.DoesNotContain("sport", age.Themes);
    }

    [Fact]
    public void A_themes_field_accepts_labels_slugs_and_sub_themes()
    {
        var detection = ThemeDetector.Default.FromField("Culture et patrimoine; sport | Tiers-lieux");

        Assert.Equal(["culture-patrimoine", "sport", "economie-sociale-solidaire"], detection.Themes);
        Assert.Equal(["tiers-lieux"], detection.SubThemes);
    }

    [Theory]
    [InlineData("Hauts-de-France", "reg:32")]
    [InlineData("Région Hauts-de-France", "reg:32")]
    [InlineData("Somme", "dep:80")]
    [InlineData("80 - Somme", "dep:80")]
    [InlineData("Somme (80)", "dep:80")]
    [InlineData("(80)", "dep:80")]
    [InlineData("dep:80", "dep:80")]
    [InlineData("Haute-Loire", "dep:43")]
    [InlineData("Pays de la Loire", "reg:52")]
    [InlineData("Corse-du-Sud", "dep:2A")]
    [InlineData("Aisne, Nord, Oise, Pas-de-Calais et Somme", "reg:32")]
    [InlineData("Somme et Gironde", "nat:FR")]
    [InlineData("National et +", "nat:FR")]
    [InlineData("France entière", "nat:FR")]
    [InlineData("France", "nat:FR")]
    [InlineData("Union européenne", "eu:UE")]
    [InlineData("La Réunion", "reg:04")]
    [InlineData("PACA", "reg:93")]
    [InlineData("Saint-Denis (974)", "com:97411")]
    [InlineData("Saint-Denis (93)", "com:93066")]
    [InlineData("Ville de Saint-Denis (93)", "com:93066")]
    [InlineData("80000 Amiens", "com:80021")]
    [InlineData("Amiens", "com:80021")]
    [InlineData("Saint-Denis", null)]
    [InlineData("Saint-Denis, La Réunion", "com:97411")]
    [InlineData("Commune de Saint-Denis (Seine-Saint-Denis)", "com:93066")]
    [InlineData("Abbeville - Somme", "com:80001")]
    [InlineData("Quelque part", null)]
    public void A_territory_field_resolves_to_a_directory_code(string text, string? expected)
    {
        Assert.Equal(expected, TerritoryResolver.Default.Resolve(text)?.ToString());
    }

    [Theory]
    [InlineData("Le montant correspond à la somme de 5 000 € versée en deux fois.", null)]
    [InlineData("Appel ouvert aux associations du département de la Somme.", "dep:80")]
    [InlineData("La Région Occitanie lance un appel à projets.", "reg:76")]
    [InlineData("Projets menés en Gironde ou en Dordogne.", "reg:75")]
    [InlineData("Projets menés en Gironde ou dans le Lot.", "nat:FR")]
    [InlineData("Ouvert sur l'ensemble du territoire national.", "nat:FR")]
    [InlineData("Réunion d'information le 4 décembre ; la réunion aura lieu en ligne.", null)]
    [InlineData("Une action menée à La Réunion.", "reg:04")]
    public void Free_text_names_a_territory_only_with_a_clear_mention(string text, string? expected)
    {
        Assert.Equal(expected, TerritoryResolver.Default.Resolve(text, isTerritoryField: false)?.ToString());
    }

    [Fact]
    public void Territory_codes_are_those_of_the_directory()
    {
        var code = TerritoryResolver.Default.Resolve("Somme");

        Assert.NotNull(code);
        Assert.True(TerritoryDirectory.Default.IsKnown(code.Value));
    }
}
