using Plateforme.Search.Reference;

namespace Plateforme.Search.Tests.Reference;

public class TerritoryDirectoryTests
{
    private static readonly TerritoryDirectory Directory = TerritoryDirectory.Default;

    [Fact]
    public void Amiens_is_found_with_its_EPCI_departement_and_region()
    {
        var amiens = Directory.Find(TerritoryCode.Parse("com:80021"));

        Assert.NotNull(amiens);
        Assert.Equal("Amiens", amiens.Name);
        Assert.Equal(TerritoryLevel.Commune, amiens.Level);
        Assert.Equal("epci:248000531", amiens.Epci.ToString());
        Assert.Equal("dep:80", amiens.Departement.ToString());
        Assert.Equal("reg:32", amiens.Region.ToString());
        Assert.Contains("80000", amiens.PostalCodes);
        Assert.True(amiens.Population > 100_000);
    }

    [Fact]
    public void AncestorsOf_a_commune_goes_up_to_France_smallest_first()
    {
        var ancestors = Directory.AncestorsOf(TerritoryCode.Parse("com:80021"));

        Assert.Equal(["epci:248000531", "dep:80", "reg:32", "nat:FR"], ancestors.Select(c => c.ToString()));
    }

    [Fact]
    public void The_EPCI_of_Amiens_is_Amiens_Metropole_in_the_Somme()
    {
        var epci = TerritoryCode.Parse("epci:248000531");

        Assert.Contains("Amiens Métropole", Directory.Label(epci), StringComparison.Ordinal);
        Assert.Equal(["dep:80", "reg:32", "nat:FR"], Directory.AncestorsOf(epci).Select(c => c.ToString()));
    }

    [Theory]
    [InlineData("dep:80", "Somme", new[] { "reg:32", "nat:FR" })]
    [InlineData("dep:2A", "Corse-du-Sud", new[] { "reg:94", "nat:FR" })]
    [InlineData("dep:2B", "Haute-Corse", new[] { "reg:94", "nat:FR" })]
    [InlineData("dep:974", "La Réunion", new[] { "reg:04", "nat:FR" })]
    [InlineData("reg:32", "Hauts-de-France", new[] { "nat:FR" })]
    [InlineData("reg:11", "Île-de-France", new[] { "nat:FR" })]
    [InlineData("nat:FR", "France", new string[0])]
    [InlineData("eu:UE", "Union européenne", new string[0])]
    public void Departements_regions_France_and_Europe_have_names_and_ancestors(string code, string name, string[] ancestors)
    {
        var territory = TerritoryCode.Parse(code);

        Assert.Equal(name, Directory.Label(territory));
        Assert.Equal(ancestors, Directory.AncestorsOf(territory).Select(c => c.ToString()));
    }

    [Fact]
    public void Corsican_communes_use_their_2A_or_2B_codes()
    {
        var ajaccio = Directory.Find(TerritoryCode.Parse("com:2a004"));

        Assert.NotNull(ajaccio);
        Assert.Equal("Ajaccio", ajaccio.Name);
        Assert.Equal("dep:2A", ajaccio.Departement.ToString());
        Assert.Equal("reg:94", ajaccio.Region.ToString());
    }

    [Fact]
    public void PathOf_starts_with_the_code_itself()
    {
        var path = Directory.PathOf(TerritoryCode.Parse("dep:80"));

        Assert.Equal(["dep:80", "reg:32", "nat:FR"], path.Select(c => c.ToString()));
    }

    [Fact]
    public void An_unknown_code_is_labelled_by_its_code_and_sits_in_France()
    {
        var unknown = TerritoryCode.Parse("com:99999");

        Assert.False(Directory.IsKnown(unknown));
        Assert.Null(Directory.Find(unknown));
        Assert.Equal("com:99999", Directory.Label(unknown));
        Assert.Equal(["com:99999", "nat:FR"], Directory.PathOf(unknown).Select(c => c.ToString()));
    }

    [Fact]
    public void Every_commune_departement_and_EPCI_has_a_known_parent_chain()
    {
        var communes = Directory.AllOf(TerritoryLevel.Commune);

        Assert.InRange(communes.Count, 34_000, 36_000);
        Assert.All(communes, c => Assert.All(Directory.AncestorsOf(c.Code), a => Assert.True(Directory.IsKnown(a), a.ToString())));
        Assert.Equal(101 + 8, Directory.AllOf(TerritoryLevel.Departement).Count);
        Assert.Equal(18 + 8, Directory.AllOf(TerritoryLevel.Region).Count);
        Assert.InRange(Directory.AllOf(TerritoryLevel.Epci).Count, 1_200, 1_300);
    }

    [Fact]
    public void Departement_population_is_the_sum_of_its_communes()
    {
        var somme = Directory.Find(TerritoryCode.Parse("dep:80"))!;
        var communes = Directory.AllOf(TerritoryLevel.Commune).Where(c => c.Departement == somme.Code);

        Assert.Equal(communes.Sum(c => c.Population), somme.Population);
        Assert.InRange(somme.Population, 500_000, 600_000);
    }
}
