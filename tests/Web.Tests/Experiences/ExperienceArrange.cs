using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Accounts.Organisations;
using Plateforme.Accounts.Users;
using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.Experiences;

/// <summary>Signed-in members of a structure, and the administrator (a moderator), for the experiences' tests.</summary>
internal static class ExperienceArrange
{
    public static async Task<AccountClient> MemberOfNewStructureAsync(this AccountsApp app, string who)
    {
        var email = AccountFlows.NewEmail(who);
        var client = await app.SignedInMemberAsync(email);
        await app.WithStoreAsync(async services =>
        {
            var user = await services.GetRequiredService<UserManager<PlatformUser>>().FindByEmailAsync(email);
            var rna = "W" + Random.Shared.NextInt64(100_000_000, 999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var created = await services.GetRequiredService<OrganisationService>().CreateAsync(user!.Id,
                new NewOrganisation("IREV, centre de ressources " + who, OrganisationKind.Association, rna, "1 place de la Gare, 59000 Lille", "dep:59"));
            return created;
        });
        return client;
    }

    public static async Task<AccountClient> ModeratorAsync(this AccountsApp app)
    {
        var client = app.NewVisitor();
        await client.SignInAsync(AccountsApp.AdminEmail, AccountsApp.AdminPassword);
        return client;
    }

    public static Dictionary<string, string> SheetFields(string title, bool submit) => new()
    {
        ["Input.Title"] = title,
        ["Input.Summary"] = "Une conciergerie de quartier qui emploie des habitants et rend des services aux entreprises voisines.",
        ["Input.Place"] = "Roubaix",
        ["Input.Neighbourhood"] = "L'Alma",
        ["Input.PriorityNeighbourhood"] = "oui",
        ["Input.Latitude"] = "50,6942",
        ["Input.Longitude"] = "3.1746",
        ["Input.ThemeChoices[emploi-insertion]"] = "true",
        ["Input.ThemeChoices[ess-innovation-sociale]"] = "true",
        ["Input.Innovation"] = "sociale",
        ["Input.Carrier"] = "Association",
        ["Input.CarrierName"] = "Association La Conciergerie",
        ["Input.Context"] = "Des habitants éloignés de l'emploi et des entreprises sans services de proximité.",
        ["Input.Contacts"] = "Jeanne Martin — 03 20 00 00 00",
        ["Input.ContactsPublic"] = "false",
        ["Input.Links"] = "Le projet | https://exemple.fr/conciergerie",
        ["Input.ContributorStructure"] = "IREV",
        ["Input.Submit"] = submit ? "true" : "false",
    };
}
