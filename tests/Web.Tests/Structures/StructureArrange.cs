using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Accounts.Structures;
using Plateforme.Accounts.Users;
using Plateforme.Lending.Campaigns;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Moderation;
using Plateforme.Web.Tests.Accounts;
using Plateforme.Web.Tests.CallModeration;
using Plateforme.Web.Tests.Lending;

namespace Plateforme.Web.Tests.Structures;

/// <summary>Structures, their staff and things with a territory, arranged through the services the pages use.</summary>
public static class StructureArrange
{
    /// <summary>Amiens, in the Somme, in the Hauts-de-France.</summary>
    public const string Amiens = "com:80021";

    /// <summary>The Oise: in the Hauts-de-France, not in the Somme.</summary>
    public const string Oise = "dep:60";

    /// <summary>Seine-Saint-Denis: in none of the other scopes.</summary>
    public const string SeineSaintDenis = "dep:93";

    public static async Task<Structure> StructureAsync(this AccountsApp app, string name, StructureKind kind, params string[] territories) =>
        await app.WithStoreAsync(async services =>
        {
            var structures = services.GetRequiredService<StructureService>();
            var created = await structures.CreateAsync(new NewStructure(CallModerationArrange.Unique(name), kind, territories, "", "", ""));
            Assert.True(created.Succeeded, string.Join(" ", created.Errors.Values));
            return (await structures.FindAsync(created.Id!.Value))!;
        });

    /// <summary>A person signed up through the pages, then given the role in the structure; signed in.</summary>
    public static async Task<(AccountClient Client, Guid UserId)> StaffAsync(this AccountsApp app, Structure structure, StaffRole role, string name)
    {
        var email = AccountFlows.NewEmail("equipe");
        var client = await app.SignedInMemberAsync(email, name);
        var userId = await app.WithStoreAsync(async services =>
        {
            var user = await services.GetRequiredService<UserManager<PlatformUser>>().FindByEmailAsync(email);
            await services.GetRequiredService<StructureService>().SetStaffAsync(structure.Id, user!.Id, role);
            return user.Id;
        });
        return (client, userId);
    }

    /// <summary>A crawled call waiting for review (or published) whose lead territory is the one given.</summary>
    public static async Task<FundingCall> CallInAsync(this AccountsApp app, string territory, ModerationState state = ModerationState.ToReview)
    {
        var call = CallModerationArrange.CrawledCall(CallModerationArrange.Unique("Appel " + territory), state);
        call.Territory = territory;
        call.Territories = [territory];
        await app.SaveAsync(call);
        return call;
    }

    /// <summary>A campaign submitted for publication, carried in the territory.</summary>
    public static async Task<Campaign> SubmittedCampaignAsync(this AccountsApp app, string carrierId, string territory, string title)
    {
        return await app.WithStoreAsync(async services =>
        {
            var campaigns = services.GetRequiredService<CampaignService>();
            var created = await campaigns.CreateDraftAsync(LendingArrange.Draft(carrierId, title) with { Territory = territory });
            return await campaigns.SubmitAsync(created.Id, carrierId);
        });
    }
}
