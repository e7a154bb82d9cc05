using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Accounts.Structures;
using Plateforme.Accounts.Users;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Indexing;
using Plateforme.Testing;
using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.Opportunities;

/// <summary>Teams, files and calls of the catalogue for the opportunity workspace's tests.</summary>
internal static class OpportunityArrange
{
    /// <summary>The file's form as a team fills it: a place in Roubaix (Nord), an association, a budget of 12 000 €.</summary>
    public static Dictionary<string, string> FileFields(string title, string theme = "economie-sociale-solidaire") => new()
    {
        ["Input.Title"] = title,
        ["Input.Kind"] = "VacantPremises",
        ["Input.KindDetail"] = "Deux cellules vides en pied d'immeuble",
        ["Input.Spotting[NeighbourhoodVisit]"] = "true",
        ["Input.Description"] = "Une conciergerie de quartier pourrait reprendre les locaux vacants et employer des habitants.",
        ["Input.MainInterest"] = "Des emplois pour les habitants et un service aux entreprises voisines.",
        ["Input.Obstacles"] = "Le coût des travaux.",
        ["Input.Roles[Premises]"] = "true",
        ["Input.Carrying"] = "Mixed",
        ["Input.Place"] = "Roubaix",
        ["Input.Themes[" + theme + "]"] = "true",
        ["Input.Carrier"] = "Association",
        ["Input.CarrierName"] = "Association des habitants",
        ["Input.Activities"] = "Services de conciergerie, petits travaux.",
        ["Input.Budget"] = "12 000",
    };

    /// <summary>Creates a file through its form and answers its id (read from the redirect to its page).</summary>
    public static async Task<Guid> NewFileAsync(this AccountClient member, string title)
    {
        var saved = await member.SubmitAsync("/opportunites/nouvelle", "opportunity-form", FileFields(title));
        Assert.True(saved.Redirect?.StartsWith("/opportunites/", StringComparison.Ordinal) == true, $"The file was not saved: {saved.Message}");
        return Guid.Parse(saved.Redirect!.Split('?')[0].Split('/')[2]);
    }

    /// <summary>Posts one of the file page's buttons with the antiforgery token of the page's forms.</summary>
    public static async Task<AccountClient.Page> PressAsync(this AccountClient member, Guid file, string action, Dictionary<string, string>? fields = null)
    {
        var page = await member.GetAsync($"/opportunites/{file}");
        var token = page.Html.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
        var values = new Dictionary<string, string>(fields ?? []) { ["__RequestVerificationToken"] = token };
        return await member.PostAsync($"/opportunites/{file}/{action}", values);
    }

    /// <summary>A published call of the catalogue, indexed before it returns.</summary>
    public static async Task<FundingCall> PublishCallAsync(this PlateformeApp app, string title, string territory, string theme, int daysLeft = 45)
    {
        var now = app.Clock.GetUtcNow();
        var call = new FundingCall
        {
            Slug = "appel-" + Guid.NewGuid().ToString("N")[..12],
            Title = title,
            Summary = "Pour les projets de quartier : " + title,
            Territory = territory,
            Themes = [theme],
            Beneficiaries = ["association"],
            AidTypes = ["subvention"],
            Deadline = DateOnly.FromDateTime(now.UtcDateTime).AddDays(daysLeft),
            State = ModerationState.Published,
            CreatedAt = now,
            UpdatedAt = now,
            PublishedAt = now,
        };
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
            db.FundingCalls.Add(call);
            await db.SaveChangesAsync();
        }
        var index = app.Services.GetRequiredService<ISearchIndex>();
        await Eventually.TrueAsync(() => index.Get(call.Id) is not null, $"the call {call.Slug} to be indexed");
        return call;
    }

    /// <summary>Two people on the staff of a new partner structure, both signed in.</summary>
    public static async Task<(AccountClient First, AccountClient Second)> StaffOfNewStructureAsync(this AccountsApp app)
    {
        var first = AccountFlows.NewEmail("conseil");
        var second = AccountFlows.NewEmail("moderation");
        var firstClient = await app.SignedInMemberAsync(first);
        var secondClient = await app.SignedInMemberAsync(second);
        await app.WithStoreAsync(async services =>
        {
            var structures = services.GetRequiredService<StructureService>();
            var users = services.GetRequiredService<UserManager<PlatformUser>>();
            var created = await structures.CreateAsync(new NewStructure("Maison de l'initiative " + Guid.NewGuid().ToString("N")[..6], StructureKind.InitiativePlatform, ["dep:59"], "Accompagnement", "contact", ""));
            await structures.SetStaffAsync(created.Id!.Value, (await users.FindByEmailAsync(first))!.Id, StaffRole.Counsellor);
            await structures.SetStaffAsync(created.Id!.Value, (await users.FindByEmailAsync(second))!.Id, StaffRole.Moderator);
            return created;
        });
        return (firstClient, secondClient);
    }
}
