using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Accounts.Users;
using Plateforme.Lending.Ledger;
using Plateforme.Lending.Pledges;
using Plateforme.Web.Tests.Lending;

namespace Plateforme.Web.Tests.Accounts;

/// <summary>
/// A lender's data on « Mon compte »: the export holds their pledges and postal address, the deletion page states the
/// retention policy before the password is asked, refuses while a loan runs (saying why), and otherwise pseudonymises.
/// </summary>
[Collection(AccountsCollection.Name)]
public sealed class LendingPersonalDataPageTests(AccountsApp app)
{
    [Fact]
    public async Task The_deletion_page_states_the_retention_policy_before_the_password_is_asked()
    {
        using var member = await app.SignedInMemberAsync(AccountFlows.NewEmail("politique"));

        var page = await member.GetAsync("/compte/supprimer");

        var policy = page.Html.QuerySelector("[data-testid=retention-policy]")?.TextContent ?? "";
        Assert.Contains("10 ans", policy, StringComparison.Ordinal);
        Assert.Contains("L123-22", policy, StringComparison.Ordinal);
        Assert.Contains("5 ans", policy, StringComparison.Ordinal);
        Assert.Contains("Compte supprimé", policy, StringComparison.Ordinal);
        Assert.NotNull(page.Html.QuerySelector("[data-testid=deletion-allowed]"));
        var html = page.Html.DocumentElement.OuterHtml;
        Assert.True(html.IndexOf("retention-policy", StringComparison.Ordinal) < html.IndexOf("delete-form", StringComparison.Ordinal), "the policy comes before the form");
    }

    [Fact]
    public async Task A_lender_finds_their_pledge_and_postal_address_in_the_export()
    {
        var (member, userId) = await SignedInLenderAsync("export-preteur");
        using var _ = member;
        var campaign = await app.PublishedAsync(LendingArrange.Draft(await app.NewCarrierAsync("Porteuse Export"), "Un fournil à Lille"));
        await app.PledgedAsync(LendingArrange.Loan(campaign.Id, userId, 20_000, "Alix Prêteur", message: "Courage !"));

        using var response = await member.Http.GetAsync(new Uri("/compte/donnees", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pledge = json.RootElement.GetProperty("prets").GetProperty("promesses")[0];
        Assert.Equal("Alix Prêteur", pledge.GetProperty("nom").GetString());
        Assert.Equal("3 rue des Lilas", pledge.GetProperty("adresse").GetString());
        Assert.Equal("Un fournil à Lille", pledge.GetProperty("campagne").GetString());
        Assert.Equal(20_000, pledge.GetProperty("montantCentimes").GetInt64());
        Assert.Equal("Courage !", pledge.GetProperty("message").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("prets").GetProperty("soldeCentimes").GetInt64());
    }

    [Fact]
    public async Task A_lender_with_a_running_pledge_is_told_why_before_confirming_and_keeps_the_account()
    {
        var (member, userId) = await SignedInLenderAsync("preteur-en-cours");
        using var _ = member;
        var campaign = await app.PublishedAsync(LendingArrange.Draft(await app.NewCarrierAsync("Porteur En Cours"), "Une recyclerie à Amiens"));
        await app.PledgedAsync(LendingArrange.Loan(campaign.Id, userId, 10_000, "Sam Prêteur"));

        var page = await member.GetAsync("/compte/supprimer");

        var refusals = page.Html.QuerySelector("[data-testid=deletion-refusals]")?.TextContent ?? "";
        Assert.Contains("Une recyclerie à Amiens", refusals, StringComparison.Ordinal);
        Assert.Contains("en cours", refusals, StringComparison.Ordinal);
        Assert.Null(page.Html.QuerySelector("[data-testid=delete-form]"));
        Assert.NotNull(page.Html.QuerySelector("[data-testid=retention-policy]"));
    }

    [Fact]
    public async Task A_pledge_made_after_the_page_was_shown_still_stops_the_deletion()
    {
        var (member, userId) = await SignedInLenderAsync("preteur-tardif");
        using var _ = member;
        var campaign = await app.PublishedAsync(LendingArrange.Draft(await app.NewCarrierAsync("Porteur Tardif"), "Un garage solidaire"));
        var shown = await member.GetAsync("/compte/supprimer");
        var fields = HiddenFields(shown);
        fields["Input.Password"] = AccountFlows.Password;
        await app.PledgedAsync(LendingArrange.Loan(campaign.Id, userId, 10_000, "Lou Prêteur"));

        var answer = await member.PostAsync("/compte/supprimer", fields);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains("Un garage solidaire", answer.Html.QuerySelector("[data-testid=deletion-refusals]")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("/compte")).Status);
    }

    [Fact]
    public async Task Deleting_a_lender_whose_pledge_is_over_pseudonymises_it_and_keeps_its_amount()
    {
        var (member, userId) = await SignedInLenderAsync("preteur-parti");
        using var _ = member;
        var campaign = await app.PublishedAsync(LendingArrange.Draft(await app.NewCarrierAsync("Porteur Parti"), "Une cantine de quartier"));
        var receipt = await app.PledgedAsync(LendingArrange.Loan(campaign.Id, userId, 15_000, "Noa Prêteur", message: "À bientôt"));
        await app.WithStoreAsync(services => services.GetRequiredService<PledgeService>().WithdrawAsync(receipt.Pledge.Id, userId));

        var deleted = await member.SubmitAsync("/compte/supprimer", "delete-form", new Dictionary<string, string> { ["Input.Password"] = AccountFlows.Password });

        Assert.Equal(HttpStatusCode.Redirect, deleted.Status);
        var (pledge, health) = await app.WithStoreAsync(async services =>
        {
            var pledges = await services.GetRequiredService<PledgeService>().ListForLenderAsync(userId);
            return (pledges.Single(), await services.GetRequiredService<LedgerInvariantChecker>().CheckAsync());
        });
        Assert.Equal("Compte supprimé", pledge.LenderName);
        Assert.Null(pledge.AddressLine);
        Assert.Null(pledge.Message);
        Assert.Equal(15_000, pledge.AmountCents);
        Assert.Equal(PledgeStatus.Withdrawn, pledge.Status);
        Assert.True(health.IsHealthy, string.Join("\n", health.Violations));
    }

    private async Task<(AccountClient Member, string UserId)> SignedInLenderAsync(string who)
    {
        var email = AccountFlows.NewEmail(who);
        var member = await app.SignedInMemberAsync(email);
        var userId = await app.WithStoreAsync(async services =>
            (await services.GetRequiredService<UserManager<PlatformUser>>().FindByEmailAsync(email))!.Id.ToString());
        return (member, userId);
    }

    private static Dictionary<string, string> HiddenFields(AccountClient.Page page)
    {
        var form = page.Html.QuerySelector("form[data-testid=delete-form]") ?? throw new Xunit.Sdk.XunitException("No deletion form");
        return form.QuerySelectorAll("input[type=hidden]").Cast<AngleSharp.Html.Dom.IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name))
            .ToDictionary(i => i.Name!, i => i.Value, StringComparer.Ordinal);
    }
}
