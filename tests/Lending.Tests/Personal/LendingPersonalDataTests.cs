using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Personal;
using Plateforme.Lending.Photos;
using Plateforme.Lending.Supporters;
using Plateforme.Lending.Tests.Support;

namespace Plateforme.Lending.Tests.Personal;

/// <summary>
/// Lending's part of the RGPD export and of account deletion (docs/retention.md): what a person finds in their export,
/// when deletion is refused and why, and what pseudonymisation changes and keeps. Run on each provider by the
/// subclasses; the ledger invariant checker runs after every deletion.
/// </summary>
public abstract class LendingPersonalDataTests
{
    private const string Lender = "lender-1";

    protected abstract Task<LendingFixture> CreateFixtureAsync();

    [Fact]
    public async Task The_export_holds_the_lenders_pledges_contract_balance_and_withdrawals()
    {
        await using var fixture = await CreateFixtureAsync();
        var scenario = await PersonalDataScenario.DisbursedAsync(fixture);
        await scenario.RepayEverythingAsync();
        await fixture.Balances.RequestWithdrawalAsync(Lender, 40_000, "retrait-partiel");

        var export = await scenario.Personal.ExportAsync(Lender);

        var pledge = export["promesses"]!.AsArray().Single()!;
        Assert.Equal("Camille lender-1", (string?)pledge["nom"]);
        Assert.Equal("12 rue des Tisserands", (string?)pledge["adresse"]);
        Assert.Equal("59100", (string?)pledge["codePostal"]);
        Assert.Equal("Bon courage !", (string?)pledge["message"]);
        Assert.Equal(PersonalDataScenario.FirstLoan, (long)pledge["montantCentimes"]!);
        Assert.Equal(PersonalDataScenario.Title, (string?)pledge["campagne"]);
        var contract = export["contratsDePret"]!.AsArray().Single()!;
        Assert.Equal(PersonalDataScenario.FirstLoan, (long)contract["montantCentimes"]!);
        Assert.Equal(2, (int)contract["dureeMois"]!);
        Assert.Equal(PersonalDataScenario.FirstLoan - 40_000, (long)export["soldeCentimes"]!);
        var withdrawal = export["retraits"]!.AsArray().Single()!;
        Assert.Equal(40_000, (long)withdrawal["montantCentimes"]!);
        Assert.Equal("Requested", (string?)withdrawal["etat"]);
        Assert.Empty(export["campagnesPortees"]!.AsArray());
    }

    [Fact]
    public async Task The_export_holds_the_carriers_campaigns_photos_and_messages()
    {
        await using var fixture = await CreateFixtureAsync();
        var scenario = await PersonalDataScenario.DisbursedAsync(fixture);

        var export = await scenario.Personal.ExportAsync(TestData.Carrier);

        var campaign = export["campagnesPortees"]!.AsArray().Single()!;
        Assert.Equal(PersonalDataScenario.Title, (string?)campaign["titre"]);
        Assert.Equal("Disbursed", (string?)campaign["etat"]);
        Assert.Contains("épicerie", (string?)campaign["recit"], StringComparison.Ordinal);
        Assert.Equal("La devanture", (string?)export["photos"]!.AsArray()[0]!["texteAlternatif"]);
        Assert.Equal("Merci à Camille et à toute la rue !", (string?)export["messagesAuxSoutiens"]!.AsArray()[0]!["texte"]);
        Assert.Empty(export["promesses"]!.AsArray());
    }

    [Fact]
    public async Task Deletion_is_refused_with_a_french_reason_while_the_loan_runs_and_nothing_changes()
    {
        await using var fixture = await CreateFixtureAsync();
        var scenario = await PersonalDataScenario.DisbursedAsync(fixture);

        var lender = await scenario.Personal.AssessDeletionAsync(Lender);
        var carrier = await scenario.Personal.AssessDeletionAsync(TestData.Carrier);

        Assert.False(lender.Allowed);
        Assert.Contains(lender.Refusals, r => r.Contains("Votre promesse", StringComparison.Ordinal) && r.Contains(PersonalDataScenario.Title, StringComparison.Ordinal));
        Assert.False(carrier.Allowed);
        Assert.Contains(carrier.Refusals, r => r.Contains("Vous portez la campagne", StringComparison.Ordinal) && r.Contains(PersonalDataScenario.Title, StringComparison.Ordinal));
        var refused = await Assert.ThrowsAsync<LendingDeletionRefusedException>(() => scenario.Personal.PseudonymiseAsync(Lender));
        Assert.Equal(lender.Refusals, refused.Refusals);
        Assert.Equal("Camille lender-1", (await scenario.PledgeOfAsync(Lender)).LenderName);
    }

    [Fact]
    public async Task Deletion_is_refused_while_a_balance_or_a_withdrawal_is_still_the_lenders()
    {
        await using var fixture = await CreateFixtureAsync();
        var scenario = await PersonalDataScenario.DisbursedAsync(fixture);
        await scenario.RepayEverythingAsync();

        var withBalance = await scenario.Personal.AssessDeletionAsync(Lender);
        var request = await fixture.Balances.RequestWithdrawalAsync(Lender, PersonalDataScenario.FirstLoan, "retrait-tout");
        var withWithdrawal = await scenario.Personal.AssessDeletionAsync(Lender);
        await fixture.Balances.MarkWithdrawalPaidAsync(request.Id, TestData.Moderator, "VIR-OUT");
        var paid = await scenario.Personal.AssessDeletionAsync(Lender);

        Assert.Equal(CampaignState.Repaid, (await fixture.Campaigns.FindAsync(scenario.Campaign.Id))!.State);
        Assert.Contains("Votre solde de", Assert.Single(withBalance.Refusals), StringComparison.Ordinal);
        Assert.Contains("Un retrait de", Assert.Single(withWithdrawal.Refusals), StringComparison.Ordinal);
        Assert.True(paid.Allowed);
    }

    [Fact]
    public async Task Deletion_pseudonymises_the_lender_and_keeps_every_amount_and_the_ledger_to_the_cent()
    {
        await using var fixture = await CreateFixtureAsync();
        var scenario = await PersonalDataScenario.DisbursedAsync(fixture);
        await scenario.RepayEverythingAsync();
        await scenario.WithdrawEverythingAsync(Lender);
        var ledgerBefore = await scenario.LedgerAsync();
        var otherBefore = await scenario.PledgeOfAsync("lender-2");

        await scenario.Personal.PseudonymiseAsync(Lender);

        var pledge = await scenario.PledgeOfAsync(Lender);
        Assert.Equal("Compte supprimé", pledge.LenderName);
        Assert.Null(pledge.AddressLine);
        Assert.Null(pledge.PostalCode);
        Assert.Null(pledge.City);
        Assert.Null(pledge.Message);
        Assert.True(pledge.Anonymous);
        Assert.Equal(PersonalDataScenario.FirstLoan, pledge.AmountCents);
        Assert.Equal(otherBefore.LenderName, (await scenario.PledgeOfAsync("lender-2")).LenderName);
        Assert.Equal(ledgerBefore, await scenario.LedgerAsync());
        var health = await fixture.Invariants.CheckAsync();
        Assert.True(health.IsHealthy, string.Join("\n", health.Violations));
        var export = (await scenario.Personal.ExportAsync(Lender)).ToJsonString();
        Assert.DoesNotContain("Tisserands", export, StringComparison.Ordinal);
        Assert.DoesNotContain("Camille", export, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deletion_of_a_carrier_whose_loan_is_repaid_removes_story_photos_and_messages_but_keeps_the_contracts()
    {
        await using var fixture = await CreateFixtureAsync();
        var scenario = await PersonalDataScenario.DisbursedAsync(fixture);
        await scenario.RepayEverythingAsync();
        var draft = await fixture.Campaigns.CreateDraftAsync(TestData.Draft() with { Title = "Mon atelier chez Dominique Martin", EndDate = TestData.EndDate.AddMonths(1) });
        var ledgerBefore = await scenario.LedgerAsync();

        Assert.True((await scenario.Personal.AssessDeletionAsync(TestData.Carrier)).Allowed);
        await scenario.Personal.PseudonymiseAsync(TestData.Carrier);

        await using var db = await fixture.OpenAsync();
        var funded = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == scenario.Campaign.Id);
        var unfunded = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == draft.Id);
        Assert.Equal(PersonalDataScenario.Title, funded.Title); // named in the lenders' contracts
        Assert.DoesNotContain("épicerie", funded.StoryHtml, StringComparison.Ordinal);
        Assert.Equal(PersonalDataScenario.FirstLoan + PersonalDataScenario.SecondLoan, funded.PrincipalCents);
        Assert.Equal("Projet retiré", unfunded.Title);
        Assert.Equal(0, await db.Set<CampaignPhoto>().CountAsync(p => p.CampaignId == funded.Id));
        Assert.Equal("Message retiré : son auteur a supprimé son compte.", (await db.Set<SupporterMessage>().SingleAsync(m => m.CampaignId == funded.Id)).Text);
        Assert.Equal("Camille lender-1", (await scenario.PledgeOfAsync(Lender)).LenderName);
        Assert.Equal(ledgerBefore, await scenario.LedgerAsync());
        Assert.True((await fixture.Invariants.CheckAsync()).IsHealthy);
    }

    [Fact]
    public async Task A_person_with_no_lending_record_may_be_deleted_and_exports_empty_lists()
    {
        await using var fixture = await CreateFixtureAsync();
        var personal = (await PersonalDataScenario.DisbursedAsync(fixture)).Personal;

        var assessment = await personal.AssessDeletionAsync("someone-else");
        var export = await personal.ExportAsync("someone-else");

        Assert.True(assessment.Allowed);
        Assert.False(assessment.HasLendingRecords);
        Assert.Empty(export["promesses"]!.AsArray());
        Assert.Equal(0, (long)export["soldeCentimes"]!);
        Assert.Equal(0, await personal.PseudonymiseAsync("someone-else"));
    }
}
