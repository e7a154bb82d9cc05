using System.Net;
using Plateforme.Web.Tests.Accounts;
using Plateforme.Web.Tests.CallModeration;

namespace Plateforme.Web.Tests.Structures;

/// <summary>The platform's administrator creates a structure through its page and invites its staff by e-mail.</summary>
[Collection(CallModerationCollection.Name)]
public sealed class StructureAdministrationTests(AccountsApp app)
{
    [Fact]
    public async Task A_created_structure_has_a_public_page_and_an_invited_moderator_moderates_its_scope_after_choosing_a_password()
    {
        using var admin = await CallModerationArrange.ModeratorAsync(app);
        var name = CallModerationArrange.Unique("Initiative Somme");
        var email = AccountFlows.NewEmail("invitee");

        var created = await admin.SubmitAsync("/admin/structures", "structure-form", new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Kind"] = "InitiativePlatform",
            ["Input.Territories"] = "dep:80",
            ["Input.Contact"] = "03 22 00 00 00",
        });
        var invited = await admin.SubmitAsync(created.Redirect!, "invite-form", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.DisplayName"] = "Inès Invitée",
            ["Input.Role"] = "Moderator",
        });
        var mail = await app.Mailbox.SingleAsync(email, $"Invitation : {name} sur Plateforme");
        using var invitee = app.NewVisitor();
        var reset = await invitee.SubmitAsync(Mailbox.LinkTo(mail, "/compte/reinitialiser").PathAndQuery, "reset-form", new Dictionary<string, string>
        {
            ["Input.Password"] = AccountFlows.Password,
            ["Input.ConfirmPassword"] = AccountFlows.Password,
        });
        await invitee.SignInAsync(email, AccountFlows.Password);
        var queue = await invitee.GetAsync("/moderation/appels");
        var staffPage = await admin.GetAsync(created.Redirect!);
        var publicPage = await app.NewVisitor().GetAsync(staffPage.Html.QuerySelector("[data-testid=public-link]")!.GetAttribute("href")!);

        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        Assert.Equal(HttpStatusCode.Redirect, invited.Status);
        Assert.Equal(HttpStatusCode.OK, reset.Status);
        Assert.Equal(HttpStatusCode.OK, queue.Status);
        Assert.Contains("Somme", queue.Html.QuerySelector("[data-testid=scope-notice]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Moderator", staffPage.Html.QuerySelector("[data-testid=staff-row]")!.GetAttribute("data-role"));
        Assert.Equal(name, publicPage.Html.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(("Plateforme Initiative", "Somme", "03 22 00 00 00"), (Plateforme.Web.Tests.Lending.OperationsArrange.Text(publicPage, "[data-testid=structure-kind]"),
            Plateforme.Web.Tests.Lending.OperationsArrange.Text(publicPage, "[data-testid=structure-territories]"), Plateforme.Web.Tests.Lending.OperationsArrange.Text(publicPage, "[data-testid=structure-contact]")));
    }

    [Fact]
    public async Task An_unknown_territory_is_refused_with_its_code()
    {
        using var admin = await CallModerationArrange.ModeratorAsync(app);

        var page = await admin.SubmitAsync("/admin/structures", "structure-form", new Dictionary<string, string>
        {
            ["Input.Name"] = CallModerationArrange.Unique("Réseau"),
            ["Input.Kind"] = "Reseau",
            ["Input.Territories"] = "dep:80, dep:999",
        });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Territoire inconnu : dep:999.", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_structure_moderator_cannot_manage_another_structure_staff()
    {
        var somme = await app.StructureAsync("Initiative Somme", Plateforme.Accounts.Structures.StructureKind.InitiativePlatform, "dep:80");
        var other = await app.StructureAsync("Initiative Oise", Plateforme.Accounts.Structures.StructureKind.InitiativePlatform, "dep:60");
        var (moderator, _) = await app.StaffAsync(somme, Plateforme.Accounts.Structures.StaffRole.Administrator, "Aline Admin");

        var own = await moderator.GetAsync($"/admin/structures/{somme.Id}");
        var foreign = await moderator.GetAsync($"/admin/structures/{other.Id}");

        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.Equal(HttpStatusCode.NotFound, foreign.Status);
    }
}
