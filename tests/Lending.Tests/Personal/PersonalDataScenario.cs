using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Payments;
using Plateforme.Lending.Personal;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Repayments;
using Plateforme.Lending.Store;
using Plateforme.Lending.Tests.Dashboards;
using Plateforme.Lending.Tests.Support;

namespace Plateforme.Lending.Tests.Personal;

/// <summary>
/// A carrier's campaign with a photo and a message to supporters, funded by lender-1 (€1,000) and lender-2 (€500)
/// over two months, paid and disbursed; the steps after that (repaid, withdrawn) are the test's.
/// </summary>
internal sealed class PersonalDataScenario
{
    public const string Title = "Une épicerie solidaire à Roubaix";
    public const long FirstLoan = 100_000;
    public const long SecondLoan = 50_000;

    private PersonalDataScenario(LendingFixture fixture, Campaign campaign)
    {
        Fixture = fixture;
        Campaign = campaign;
        Personal = new LendingPersonalData(new LendingWrites(LendingDbContext.Store.CreateFactory(fixture.Database.Provider, fixture.Database.ConnectionString)));
    }

    public LendingFixture Fixture { get; }
    public Campaign Campaign { get; }
    public LendingPersonalData Personal { get; }

    public static async Task<PersonalDataScenario> DisbursedAsync(LendingFixture fixture)
    {
        var dashboards = new DashboardServices(fixture);
        var draft = await fixture.Campaigns.CreateDraftAsync(TestData.Draft(goalCents: FirstLoan + SecondLoan, termMonths: 2));
        await dashboards.Photos.AddAsync(draft.Id, TestData.Carrier, ImageSamples.Png(64, 48, withText: false), "La devanture");
        await fixture.Campaigns.SubmitAsync(draft.Id, TestData.Carrier);
        await fixture.Campaigns.PublishAsync(draft.Id, TestData.Moderator);
        await dashboards.Messages.PostAsync(draft.Id, TestData.Carrier, "Merci à Camille et à toute la rue !");
        var first = (await fixture.Pledges.PledgeAsync(TestData.Loan(draft.Id, "lender-1", FirstLoan))).Pledge;
        fixture.Time.Advance(TimeSpan.FromSeconds(1));
        var second = (await fixture.Pledges.PledgeAsync(TestData.Loan(draft.Id, "lender-2", SecondLoan))).Pledge;
        fixture.SetParisDay(TestData.EndDate.AddDays(1));
        await fixture.Clock.RunAsync();
        await fixture.Pledges.ConfirmPaymentAsync(first.Id, TestData.Moderator, PaymentMethod.Transfer, "VIR-1");
        await fixture.Pledges.ConfirmPaymentAsync(second.Id, TestData.Moderator, PaymentMethod.Transfer, "VIR-2");
        await fixture.Loans.DisburseAsync(draft.Id, TestData.Moderator);
        return new PersonalDataScenario(fixture, (await fixture.Campaigns.FindAsync(draft.Id))!);
    }

    /// <summary>The carrier repays everything at once: each lender's balance is their principal.</summary>
    public Task RepayEverythingAsync() =>
        Fixture.Repayments.RecordAsync(new RepaymentReceipt(Campaign.Id, FirstLoan + SecondLoan, TestData.EndDate.AddDays(2), "vir-tout", TestData.Moderator, "Virement"));

    /// <summary>The lender asks for their whole balance and a moderator pays it.</summary>
    public async Task WithdrawEverythingAsync(string lender)
    {
        var balance = await Fixture.Balances.GetBalanceAsync(lender);
        var request = await Fixture.Balances.RequestWithdrawalAsync(lender, balance, "retrait-" + lender);
        await Fixture.Balances.MarkWithdrawalPaidAsync(request.Id, TestData.Moderator, "VIR-OUT-" + lender);
    }

    public async Task<Pledge> PledgeOfAsync(string lender)
    {
        await using var db = await Fixture.OpenAsync();
        return await db.Pledges.AsNoTracking().SingleAsync(p => p.LenderUserId == lender);
    }

    /// <summary>Every ledger line as (id, account, amount, pledge), to compare before and after a deletion.</summary>
    public async Task<List<(long Id, string Account, long Amount, Guid? Pledge, string? User)>> LedgerAsync()
    {
        await using var db = await Fixture.OpenAsync();
        var entries = await db.LedgerEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
        return [.. entries.Select(e => (e.Id, e.Account, e.AmountCents, e.PledgeId, e.UserId))];
    }
}
