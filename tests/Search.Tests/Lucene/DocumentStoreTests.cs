using System.Text.Json;
using Plateforme.Search.Indexing;
using static Plateforme.Search.Tests.Lucene.CallBuilder;

namespace Plateforme.Search.Tests.Lucene;

public class DocumentStoreTests
{
    private static CallDocument FullCall() => Call("Appel à projets « Jeunes & emploi » 2026")
        .Summary("Soutenir l'insertion <b>professionnelle</b> des 16-25 ans.")
        .Description("Le dispositif finance l'accompagnement renforcé.\nDépôt en ligne.")
        .Funder("region-hdf", "Région Hauts-de-France")
        .Funder("bdt", "Banque des Territoires")
        .Theme("emploi", "Emploi et insertion")
        .SubTheme("jeunesse", "Jeunesse")
        .Keywords("NEET", "mission locale")
        .Beneficiary("association", "Association")
        .AidType("subvention", "Subvention")
        .Destinations("fonctionnement", "investissement")
        .Territory("dep:80", "Somme", "reg:32", "nat:FR")
        .Opens(new DateOnly(2026, 1, 15))
        .Deadline(new DateOnly(2026, 4, 30), new TimeOnly(17, 0))
        .Recurrence("recurrente")
        .Amounts(500_000, 3_000_000)
        .Rates(20, 80)
        .Envelope(150_000_000)
        .CallForProjects()
        .Published(new DateTimeOffset(2026, 1, 10, 8, 30, 15, TimeSpan.FromHours(1)));

    [Fact]
    public async Task Get_returns_every_property_of_the_indexed_call()
    {
        CallDocument call = FullCall();
        using var index = await TestIndex.WithAsync(call);

        var stored = index.Get(call.Id);

        Assert.NotNull(stored);
        Assert.Equivalent(call, stored, strict: true);
        Assert.Equal(JsonSerializer.Serialize(call), JsonSerializer.Serialize(stored));
    }

    [Fact]
    public async Task Search_hits_carry_the_whole_call()
    {
        CallDocument call = FullCall();
        using var index = await TestIndex.WithAsync(call);

        var hit = Assert.Single(index.Search("insertion").Hits);

        Assert.Equal(JsonSerializer.Serialize(call), JsonSerializer.Serialize(hit.Call));
        Assert.Equal(CallStatus.Open, hit.Status);
    }

    [Fact]
    public async Task A_call_with_a_huge_description_round_trips_too()
    {
        var random = new Random(7);
        var words = Enumerable.Range(0, 20_000).Select(_ => new string(Enumerable.Range(0, 6).Select(_ => (char)('a' + random.Next(26))).ToArray()));
        var call = FullCall() with { DescriptionText = "Emploi. " + string.Join(" ", words) };
        using var index = await TestIndex.WithAsync(call, Call("Autre appel"));

        var stored = index.Get(call.Id);
        var hit = Assert.Single(index.Search("emploi").Hits);

        Assert.Equal(call.DescriptionText, stored?.DescriptionText);
        Assert.Equal(JsonSerializer.Serialize(call), JsonSerializer.Serialize(hit.Call));
    }

    [Fact]
    public async Task Get_of_an_unknown_id_is_null()
    {
        using var index = await TestIndex.WithAsync(Call("Aide au sport"));

        Assert.Null(index.Get(Guid.NewGuid()));
    }

    [Fact]
    public async Task Upsert_replaces_a_call_with_the_same_id()
    {
        CallDocument first = Call("Aide au sport");
        using var index = await TestIndex.WithAsync(first);

        await index.UpsertAsync([first with { Title = "Aide à la culture" }]);
        await index.CommitAsync();

        Assert.Equal("Aide à la culture", index.Get(first.Id)?.Title);
        Assert.Equal(1, index.Health().DocumentCount);
        Assert.Empty(index.Search("sport").Hits);
    }

    [Fact]
    public async Task Delete_removes_only_the_given_calls()
    {
        CallDocument kept = Call("Aide au sport");
        CallDocument removed = Call("Aide à la culture");
        using var index = await TestIndex.WithAsync(kept, removed);

        await index.DeleteAsync([removed.Id]);
        await index.CommitAsync();

        Assert.Null(index.Get(removed.Id));
        Assert.NotNull(index.Get(kept.Id));
        Assert.Equal(1, index.Search(TestIndex.Query()).Total);
    }

    [Fact]
    public async Task Clear_removes_everything()
    {
        using var index = await TestIndex.WithAsync(Call("Aide au sport"), Call("Aide à la culture"));

        await index.ClearAsync();
        await index.CommitAsync();

        Assert.Equal(0, index.Search(TestIndex.Query()).Total);
        Assert.Equal(0, index.Health().DocumentCount);
    }

    [Fact]
    public async Task Health_reports_the_backend_and_the_document_count()
    {
        using var index = await TestIndex.WithAsync(Call("Aide au sport"), Call("Aide à la culture"));

        var health = index.Health();

        Assert.True(health.IsHealthy);
        Assert.Equal(2, health.DocumentCount);
        Assert.Equal("lucene", health.Backend);
    }

    [Fact]
    public async Task A_rebuild_after_clear_keeps_one_document_per_call()
    {
        CallDocument call = Call("Aide au sport");
        using var index = await TestIndex.WithAsync(call);

        await index.ClearAsync();
        await index.UpsertAsync([call]);
        await index.UpsertAsync([call with { Title = "Aide au sport, édition 2" }]);
        await index.DeleteAsync([call.Id]);
        await index.UpsertAsync([call with { Title = "Aide au sport, édition 3" }]);
        await index.CommitAsync();

        Assert.Equal(1, index.Health().DocumentCount);
        Assert.Equal("Aide au sport, édition 3", index.Get(call.Id)?.Title);
    }

    [Fact]
    public async Task A_large_batch_keeps_the_last_version_of_a_call_given_twice()
    {
        var calls = Enumerable.Range(0, 300).Select(i => (CallDocument)Call($"Appel {i}")).ToList();
        var updated = calls[7] with { Title = "Appel sept, corrigé" };
        using var index = TestIndex.InMemory();

        await index.UpsertAsync([.. calls, updated]);
        await index.CommitAsync();
        var afterFirst = index.Get(calls[7].Id)?.Title;
        await index.UpsertAsync(calls.Take(100).ToList());
        await index.CommitAsync();

        Assert.Equal("Appel sept, corrigé", afterFirst);
        Assert.Equal(300, index.Health().DocumentCount);
        Assert.Equal("Appel 7", index.Get(calls[7].Id)?.Title);
        Assert.Equal(300, index.Search(TestIndex.Query("appel")).Total);
    }
}
