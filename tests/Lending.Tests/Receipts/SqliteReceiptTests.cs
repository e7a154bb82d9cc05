using Plateforme.Lending.Tests.Support;

namespace Plateforme.Lending.Tests.Receipts;

public sealed class SqliteReceiptTests
{
    [Fact]
    public async Task A_collected_donation_gets_a_receipt_with_every_mention()
    {
        await using var fixture = await LendingFixture.SqliteAsync();
        await ReceiptScenario.A_collected_donation_gets_a_receipt_with_every_mention(fixture);
    }

    [Fact]
    public async Task Loans_and_donations_to_a_non_eligible_carrier_get_no_receipt()
    {
        await using var fixture = await LendingFixture.SqliteAsync();
        await ReceiptScenario.Loans_and_donations_to_a_non_eligible_carrier_get_no_receipt(fixture);
    }

    [Fact]
    public async Task A_refund_cancels_the_receipt_and_its_number_is_never_reused()
    {
        await using var fixture = await LendingFixture.SqliteAsync();
        await ReceiptScenario.A_refund_cancels_the_receipt_and_its_number_is_never_reused(fixture);
    }

    [Fact]
    public async Task The_annual_summary_adds_up_a_donors_valid_receipts_of_the_year()
    {
        await using var fixture = await LendingFixture.SqliteAsync();
        await ReceiptScenario.The_annual_summary_adds_up_a_donors_valid_receipts_of_the_year(fixture);
    }

    [Fact]
    public async Task Hundred_concurrent_donations_are_numbered_without_gap_or_duplicate_on_sqlite()
    {
        await using var fixture = await LendingFixture.SqliteAsync();
        await ReceiptScenario.Hundred_concurrent_donations_are_numbered_without_gap_or_duplicate(fixture);
    }
}
