using System.Net;
using Microsoft.Data.Sqlite;
using Plateforme.Faults.Tests.Harness;
using Plateforme.Faults.Tests.Lending;

namespace Plateforme.Faults.Tests.Storage;

/// <summary>
/// The SQLite file on a small file system of its own, made full under the real host: the site says so in French with
/// a 503 instead of a 500 and /health answers 503; once space returns the writes work again. Then the file system is
/// made read-only between two lives: the host still starts, serves the pages that only read, answers every write with
/// the French 503 page and /health with 503. Once writable again the database is intact
/// (<c>PRAGMA integrity_check</c>) and every lending invariant holds.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class StorageFaultTests(FaultsFixture fixture)
{
    private const string Provider = "Sqlite";
    private const string FrenchTitle = "Enregistrement momentanément impossible";

    [Fact]
    public async Task A_full_disk_or_a_read_only_database_answers_503_in_French_reads_keep_working_and_nothing_is_corrupted_afterwards()
    {
        // The collection runs its tests one at a time: the violations after this count are this test's.
        var violationsBefore = fixture.Figures.Violations.Count;
        await using var site = await FaultSite.SqliteAsync(databaseFolder: "db");
        using var disk = SmallFileSystem.Mount(Path.GetDirectoryName(site.DatabaseFile)!, megabytes: 48);
        var figures = fixture.Figures;
        var lives = new Lives(site, figures);
        var burst = new PledgeBurst(site);
        try
        {
            var host = await lives.StartAsync();
            await burst.ArrangeAsync();
            figures.Check((await burst.PledgeOnceAsync()).Receipt, $"{Provider}: a pledge before the disk fills is refused");
            using var probe = new Visitor(site.Address);

            // The disk fills up.
            disk.Fill();
            figures.Check(await HealthAsync(probe) == HttpStatusCode.ServiceUnavailable, $"{Provider}: /health does not answer 503 on a full disk");
            for (var i = 0; i < 5; i++)
            {
                var (status, receipt, heading) = await burst.PledgeOnceAsync();
                figures.Observed(receipt ? $"{Provider} pledges recorded on a full disk" : $"{Provider} pledges refused on a full disk");
                // SQLite may still fit a small write in pages it already holds; a refusal must be the French 503 page.
                figures.Check(receipt || (status == HttpStatusCode.ServiceUnavailable && heading == FrenchTitle),
                    $"{Provider}: a pledge on a full disk answered {(int)status} « {heading} »");
            }

            disk.Free();
            figures.Check(await HealthAsync(probe) == HttpStatusCode.OK, $"{Provider}: /health stays unhealthy after space returned");
            figures.Check((await burst.PledgeOnceAsync()).Receipt, $"{Provider}: a pledge after space returned is refused");

            // The database's file system turns read-only (a kernel does after I/O errors) and the host restarts on it.
            // A file system with a file open for writing cannot turn read-only, so this happens between two lives.
            // The host starts anyway: pages that only read still answer, /health answers 503, and a write gets the
            // French 503 page, never a 500 nor a stack trace.
            await lives.KillAsync(host);
            // This test's own pooled connections hold the file open for writing too.
            SqliteConnection.ClearAllPools();
            disk.ReadOnly();
            host = await lives.StartAsync();
            figures.Check(!host.HasExited, $"{Provider}: on a read-only database the host stopped at start (exit {(host.HasExited ? host.ExitCode : 0)})\n{host.Output}");
            if (!host.HasExited)
            {
                figures.Check(await HealthAsync(probe) == HttpStatusCode.ServiceUnavailable, $"{Provider}: /health does not answer 503 on a read-only database");
                var (homeStatus, home) = await probe.GetAsync("/");
                figures.Check(homeStatus == HttpStatusCode.OK, $"{Provider}: the home page (reads only) answered {(int)homeStatus} on a read-only database");
                var (campaignStatus, _) = await probe.GetAsync($"/prets/{burst.CampaignId}");
                figures.Check(campaignStatus == HttpStatusCode.OK, $"{Provider}: a campaign page (reads only) answered {(int)campaignStatus} on a read-only database");
                for (var i = 0; i < 2; i++)
                {
                    var (status, receipt, heading) = await burst.PledgeOnceAsync();
                    figures.Check(!receipt && status == HttpStatusCode.ServiceUnavailable && heading == FrenchTitle,
                        $"{Provider}: a pledge on a read-only database answered {(int)status} « {heading} »");
                }

                var (signUpStatus, signUp) = await probe.SubmitAsync("/compte/inscription", "sign-up-form", new Dictionary<string, string>
                {
                    ["Input.Email"] = $"lecture-seule-{Guid.NewGuid():N}@exemple.fr",
                    ["Input.DisplayName"] = "Voisine",
                    ["Input.Password"] = Visitor.Password,
                    ["Input.ConfirmPassword"] = Visitor.Password,
                });
                var signUpHeading = signUp.QuerySelector("h1")?.TextContent.Trim() ?? "";
                figures.Check(signUpStatus == HttpStatusCode.ServiceUnavailable && signUpHeading == FrenchTitle && !signUp.Body!.TextContent.Contains("   at ", StringComparison.Ordinal),
                    $"{Provider}: a sign-up on a read-only database answered {(int)signUpStatus} « {signUpHeading} »");
            }

            await lives.KillAsync(host);
            disk.ReadWrite();
            figures.Check(IntegrityCheck(site.DatabaseFile) == "ok", $"{Provider}: integrity_check after the storage faults: {IntegrityCheck(site.DatabaseFile)}");
            await using var last = await lives.StartAsync();
            figures.Check((await burst.PledgeOnceAsync()).Receipt, $"{Provider}: a pledge after the database is writable again is refused");
            await LendingInvariants.CheckRecordsAsync(site, burst, figures, "after the storage faults");
            await LendingInvariants.CheckMailsAsync(site, burst, figures);
        }
        finally
        {
            burst.Dispose();
            SqliteConnection.ClearAllPools();
        }

        Assert.Empty(fixture.Figures.Violations.Skip(violationsBefore));
    }

    private static async Task<HttpStatusCode> HealthAsync(Visitor visitor)
    {
        using var http = new HttpClient { BaseAddress = visitor.Address };
        using var response = await http.GetAsync(new Uri("/health", UriKind.Relative));
        return response.StatusCode;
    }

    private static string IntegrityCheck(string file)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
