using Plateforme.Crawler.Sources;
using Plateforme.Crawler.Sources.AidesTerritoires;

namespace Plateforme.Crawler.Tests.Sources.Connectors;

/// <summary>aides-territoires writes a category as « Thème / Catégorie », where both sides may hold " / " and commas.</summary>
public sealed class AidCategoriesTests
{
    [Theory]
    [InlineData("Solidarités / lien social / Jeunesse", "Solidarités / lien social", "Jeunesse")]
    [InlineData("Culture et identité collective / patrimoine / sports / Sports et loisirs", "Culture et identité collective / patrimoine / sports", "Sports et loisirs")]
    [InlineData("Développement économique / production et consommation / Innovation, créativité et recherche", "Développement économique / production et consommation", "Innovation, créativité et recherche")]
    [InlineData("Énergies / Déchets / Énergies / Déchets", "Énergies / Déchets", "Énergies / Déchets")]
    [InlineData("Urbanisme / logement / aménagement / Cimetière / Enclos paroissiaux", "Urbanisme / logement / aménagement", "Cimetière / Enclos paroissiaux")]
    [InlineData("Eau et milieux aquatiques / Assainissement des eaux", "Eau et milieux aquatiques", "Assainissement des eaux")]
    [InlineData("Mobilité / transports / Transports collectifs et optimisation des trafics routiers", "Mobilité / transports", "Transports collectifs et optimisation des trafics routiers")]
    [InlineData("Nature / environnement / Biodiversité", "Nature / environnement", "Biodiversité")]
    [InlineData("Fonctions support / Formation", "Fonctions support", "Formation")]
    [InlineData("Numérique / Inclusion numérique, médiation", "Numérique", "Inclusion numérique, médiation")]
    // Written with other capitals and without accents: still the known theme, its own spelling kept.
    [InlineData("Developpement economique / Production et consommation / Commerces et services", "Développement économique / production et consommation", "Commerces et services")]
    public void A_known_theme_is_recognised_and_the_rest_is_the_category_whole(string entry, string theme, string category)
    {
        Assert.Equal(new SourceCategory(theme, category), AidCategories.Parse(entry));
    }

    [Theory]
    [InlineData("Sports et loisirs")]
    [InlineData("Santé / social, handicap")]
    [InlineData("  Culture / patrimoine / sports  ")]
    public void An_entry_without_a_known_theme_stays_one_category(string entry)
    {
        Assert.Equal(new SourceCategory(null, entry.Trim()), AidCategories.Parse(entry));
    }

    [Fact]
    public void A_bare_theme_is_its_own_category()
    {
        Assert.Equal(new SourceCategory("Mobilité / transports", "Mobilité / transports"), AidCategories.Parse("Mobilité / transports"));
    }
}
