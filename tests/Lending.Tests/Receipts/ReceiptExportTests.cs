using Microsoft.Extensions.DependencyInjection;
using Plateforme.Lending.Personal;
using Plateforme.Lending.Receipts;
using Plateforme.Lending.Tests.Support;

namespace Plateforme.Lending.Tests.Receipts;

/// <summary>A donor's tax receipts are part of their personal-data export, valid and cancelled alike.</summary>
public sealed class ReceiptExportTests
{
    [Fact]
    public async Task The_personal_data_export_lists_the_donors_receipts_with_their_number_amount_and_state()
    {
        await using var fixture = await LendingFixture.SqliteAsync();
        await fixture.Services.GetRequiredService<ReceiptService>().SaveIssuerAsync(ReceiptScenario.Eligible(), TestData.Moderator);
        var cancelled = await TestData.PublishedAsync(fixture);
        var running = await TestData.PublishedAsync(fixture);
        await ReceiptScenario.CollectedDonationAsync(fixture, cancelled.Id, "donor-1", 5_000);
        await ReceiptScenario.CollectedDonationAsync(fixture, running.Id, "donor-1", 6_050);
        await ReceiptScenario.CollectedDonationAsync(fixture, running.Id, "donor-2", 1_000);
        await fixture.Campaigns.CancelAsync(cancelled.Id, TestData.Moderator, "Le local n'est plus disponible");

        var export = await fixture.Services.GetRequiredService<LendingPersonalData>().ExportAsync("donor-1");

        var receipts = export["recusFiscaux"]!.AsArray();
        Assert.Equal(["2026-000001", "2026-000002"], receipts.Select(r => (string?)r!["numero"]));
        Assert.Equal([5_000L, 6_050L], receipts.Select(r => (long)r!["montantCentimes"]!));
        Assert.Equal(("Les Amis de l'Épicerie", "Dominique donor-1"), ((string?)receipts[1]!["organisme"], (string?)receipts[1]!["donateur"]));
        Assert.NotNull((string?)receipts[0]!["annuleLe"]);
        Assert.Null((string?)receipts[1]!["annuleLe"]);
        Assert.StartsWith("/prets/recus/", (string?)receipts[1]!["document"], StringComparison.Ordinal);
    }
}
