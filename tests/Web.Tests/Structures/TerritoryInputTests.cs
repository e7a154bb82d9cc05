using Plateforme.Search.Reference;
using Plateforme.Web.Structures.Admin;

namespace Plateforme.Web.Tests.Structures;

/// <summary>An administrator names a structure's territories as people write them, never needing a reference code.</summary>
public sealed class TerritoryInputTests
{
    [Fact]
    public void Names_typed_in_full_become_the_territories_they_name()
    {
        var (known, unknown) = TerritoryInput.Parse("Somme, hauts-de-france ; Amiens", TerritoryDirectory.Default);

        Assert.Equal(["dep:80", "reg:32", "com:80021"], known);
        Assert.Empty(unknown);
    }

    [Fact]
    public void Codes_are_still_read_with_commas_or_spaces()
    {
        Assert.Equal(["dep:80", "reg:32"], TerritoryInput.Parse("dep:80 reg:32", TerritoryDirectory.Default).Known);
        Assert.Equal(["dep:93"], TerritoryInput.Parse("dep:93,", TerritoryDirectory.Default).Known);
    }

    [Fact]
    public void A_name_that_matches_no_territory_is_reported_as_typed()
    {
        var (known, unknown) = TerritoryInput.Parse("Somme, Atlantide", TerritoryDirectory.Default);

        Assert.Equal(["dep:80"], known);
        Assert.Equal(["Atlantide"], unknown);
    }
}
