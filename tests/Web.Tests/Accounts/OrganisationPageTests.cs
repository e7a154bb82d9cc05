using System.Net;

namespace Plateforme.Web.Tests.Accounts;

[Collection(AccountsCollection.Name)]
public sealed class OrganisationPageTests(AccountsApp app)
{
    private static string NewRna() => "W" + Random.Shared.Next(100_000_000, 999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Form(string identifier, string territory = "dep:93") => new()
    {
        ["Input.Name"] = "Les Jardins du Canal",
        ["Input.Kind"] = "Association",
        ["Input.Identifier"] = identifier,
        ["Input.Address"] = "1 rue du Canal, 93200 Saint-Denis",
        ["Input.Territory"] = territory,
    };

    [Fact]
    public async Task A_member_registers_an_association_becomes_its_owner_and_sees_its_members()
    {
        using var member = await app.SignedInMemberAsync(AccountFlows.NewEmail("fondatrice"), "Inès Fondatrice");
        var rna = NewRna();

        var created = await member.SubmitAsync("/compte/organisations/nouvelle", "organisation-form", Form(rna.ToLowerInvariant()));

        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        var page = await member.GetAsync(created.Redirect!);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Les Jardins du Canal", page.Html.QuerySelector("h1")!.TextContent);
        Assert.Equal(rna, page.Html.QuerySelector("[data-testid=organisation-identifier]")!.TextContent);
        Assert.Contains("Seine-Saint-Denis", page.Html.QuerySelector("[data-testid=organisation]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Inès Fondatrice — responsable", page.Html.QuerySelector("[data-testid=organisation-members] li")!.TextContent.Trim());
        var account = await member.GetAsync("/compte");
        Assert.Contains("Les Jardins du Canal", account.Html.QuerySelector("[data-testid=my-organisations]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_SIRET_is_explained_in_French()
    {
        using var member = await app.SignedInMemberAsync(AccountFlows.NewEmail("siret"));

        var wrong = await member.SubmitAsync("/compte/organisations/nouvelle", "organisation-form", Form("73282932000075"));

        Assert.Equal(HttpStatusCode.OK, wrong.Status);
        Assert.Contains("Ce SIRET n'est pas valide : vérifiez les 14 chiffres (la clé de contrôle ne correspond pas).", ValidationMessages(wrong));
    }

    [Fact]
    public async Task An_unknown_territory_is_explained_in_French()
    {
        using var member = await app.SignedInMemberAsync(AccountFlows.NewEmail("territoire"));

        var wrong = await member.SubmitAsync("/compte/organisations/nouvelle", "organisation-form", Form(NewRna(), "dep:999"));

        Assert.Equal(HttpStatusCode.OK, wrong.Status);
        Assert.Contains("Choisissez un territoire (par exemple dep:93 pour la Seine-Saint-Denis).", ValidationMessages(wrong));
    }

    [Fact]
    public async Task A_taken_number_is_explained_in_French()
    {
        using var member = await app.SignedInMemberAsync(AccountFlows.NewEmail("doublon"));
        var rna = NewRna();
        await member.SubmitAsync("/compte/organisations/nouvelle", "organisation-form", Form(rna));

        var taken = await member.SubmitAsync("/compte/organisations/nouvelle", "organisation-form", Form(rna));

        Assert.Contains("Une structure avec ce numéro existe déjà sur la plateforme. Demandez à ses responsables de vous y ajouter.", ValidationMessages(taken));
    }

    private static List<string> ValidationMessages(AccountClient.Page page) =>
        page.Html.QuerySelectorAll(".validation-message").Select(m => m.TextContent).ToList();
}
