using Plateforme.Experiences.Places;
using Plateforme.Experiences.Sheets;
using Plateforme.Experiences.Tests.Support;

namespace Plateforme.Experiences.Tests.Places;

/// <summary>A member's draft goes on the map at its commune's centre unless the member gives a point.</summary>
public sealed class DefaultPointTests
{
    private static readonly ExperienceActor Member = new(Guid.NewGuid(), [Guid.NewGuid()], IsModerator: false);

    [Fact]
    public async Task A_draft_without_a_point_gets_its_communes_centre_and_a_typed_point_is_kept()
    {
        await using var store = await SheetBase.SqliteAsync();
        var roubaix = PlaceCentres.Default.Find("com:59512")!.Value;

        var bare = await store.Sheets.SaveDraftAsync(null, Draft("com:59512"), Member);
        var typed = await store.Sheets.SaveDraftAsync(null, Draft("com:59512") with { Latitude = 50.6942, Longitude = 3.1746 }, Member);

        Assert.Equal((roubaix.Latitude, roubaix.Longitude), (bare.Sheet!.Latitude!.Value, bare.Sheet.Longitude!.Value));
        Assert.Equal((50.6942, 3.1746), (typed.Sheet!.Latitude!.Value, typed.Sheet.Longitude!.Value));
    }

    [Fact]
    public async Task Moving_a_draft_to_another_commune_moves_its_default_point_but_not_a_typed_one()
    {
        await using var store = await SheetBase.SqliteAsync();
        var bare = (await store.Sheets.SaveDraftAsync(null, Draft("com:59512"), Member)).Sheet!;
        var typed = (await store.Sheets.SaveDraftAsync(null, Draft("com:59512") with { Latitude = 50.6942, Longitude = 3.1746 }, Member)).Sheet!;
        var lille = PlaceCentres.Default.Find("com:59350")!.Value;

        var movedBare = await store.Sheets.SaveDraftAsync(bare.Id, ExperienceInput.From(bare) with { TerritoryCode = "com:59350" }, Member);
        var movedTyped = await store.Sheets.SaveDraftAsync(typed.Id, ExperienceInput.From(typed) with { TerritoryCode = "com:59350" }, Member);

        Assert.Equal(lille.Latitude, movedBare.Sheet!.Latitude);
        Assert.Equal(50.6942, movedTyped.Sheet!.Latitude);
    }

    [Fact]
    public void A_small_commune_or_the_whole_country_has_no_centre_to_give()
    {
        // L'Abergement-de-Varey (Ain), 270 inhabitants: not among the GeoNames places of the file.
        Assert.Null(DefaultPoint.Apply(Draft("com:01002")).Latitude);
        Assert.Null(DefaultPoint.Apply(Draft("nat:FR")).Latitude);
        Assert.NotNull(PlaceCentres.Default.Find("dep:80"));
    }

    private static ExperienceInput Draft(string territory) => new()
    {
        Title = "Une ressourcerie de quartier",
        Summary = "Une ressourcerie qui collecte, répare et revend, et emploie des habitants en insertion.",
        TerritoryCode = territory,
        Themes = ["economie-circulaire"],
        Carrier = CarrierType.Association,
        CarrierName = "Association Ressources",
        Context = "Des encombrants dans les rues et des habitants éloignés de l'emploi.",
        ContributorStructure = "IREV",
    };
}
