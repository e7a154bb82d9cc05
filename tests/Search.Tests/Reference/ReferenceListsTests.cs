using Plateforme.Search.Catalogue;
using Plateforme.Search.Indexing;
using Plateforme.Search.Reference;

namespace Plateforme.Search.Tests.Reference;

public class ReferenceListsTests
{
    private static readonly ReferenceLists Lists = ReferenceLists.Default;

    [Fact]
    public void Beneficiaries_cover_the_aggregator_list_with_French_labels()
    {
        Assert.Equal(
            ["association", "commune", "epci", "departement", "region", "particulier", "agriculteur",
             "entreprise-privee", "entreprise-publique-locale", "etablissement-public", "chercheur"],
            Lists.Beneficiaries.Slugs);
        Assert.Equal("Entreprise privée", Lists.Beneficiaries.LabelOf("entreprise-privee"));
        Assert.Equal("Établissement public", Lists.Beneficiaries.LabelOf("etablissement-public"));
    }

    [Fact]
    public void Aid_types_are_grouped_into_financial_aid_and_engineering()
    {
        Assert.Equal(8, Lists.AidTypes.Items.Count);
        Assert.Equal("Aide financière", Lists.AidTypes.Find("subvention")?.Group);
        Assert.Equal("Ingénierie", Lists.AidTypes.Find("ingenierie-juridique")?.Group);
        Assert.Equal("Avance récupérable", Lists.AidTypes.LabelOf("avance-recuperable"));
    }

    [Fact]
    public void Recurrences_and_statuses_use_the_shared_slugs()
    {
        Assert.Equal(RecurrenceSlugs.All, Lists.Recurrences.Slugs);
        Assert.Equal(CallStatusRules.AllSlugs, Lists.Statuses.Slugs);
        Assert.Equal(["À venir", "Ouvert", "Clôture proche", "Clos"], Lists.Statuses.Items.Select(i => i.Label));
        Assert.Equal("Récurrente", Lists.Recurrences.LabelOf(RecurrenceSlugs.Recurring));
    }

    [Fact]
    public void Destinations_are_operating_and_investment()
    {
        Assert.Equal(["fonctionnement", "investissement"], Lists.Destinations.Slugs);
    }

    [Fact]
    public void Every_list_holds_ascii_kebab_case_unique_slugs_and_labels()
    {
        ReferenceList[] all = [Lists.Beneficiaries, Lists.AidTypes, Lists.Destinations, Lists.Recurrences, Lists.Statuses];

        Assert.All(all, list =>
        {
            Assert.All(list.Items, i => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", i.Slug));
            Assert.All(list.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Label)));
            Assert.Equal(list.Items.Count, list.Slugs.Distinct(StringComparer.Ordinal).Count());
        });
    }

    [Theory]
    [InlineData("entreprise-privee")]
    [InlineData("Entreprise privée")]
    [InlineData("ENTREPRISE_PRIVEE")]
    [InlineData(" entreprise privee ")]
    public void TryNormalize_tolerates_case_accents_and_separators(string text)
    {
        Assert.True(Lists.Beneficiaries.TryNormalize(text, out var slug));
        Assert.Equal("entreprise-privee", slug);
    }

    [Theory]
    [InlineData("cloture-proche")]
    [InlineData("Clôture proche")]
    public void TryNormalize_finds_a_status_by_its_label(string text)
    {
        Assert.True(Lists.Statuses.TryNormalize(text, out var slug));
        Assert.Equal(CallStatusRules.ClosingSoonSlug, slug);
    }

    [Fact]
    public void Unknown_values_are_not_normalised_and_keep_their_slug_as_label()
    {
        Assert.False(Lists.AidTypes.TryNormalize("crowdfunding", out _));
        Assert.False(Lists.AidTypes.TryNormalize(null, out _));
        Assert.False(Lists.AidTypes.Contains("crowdfunding"));
        Assert.Equal("crowdfunding", Lists.AidTypes.LabelOf("crowdfunding"));
    }
}
