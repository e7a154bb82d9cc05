using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Plateforme.Search.Indexing;
using Plateforme.Search.Indexing.Lucene;
using static Plateforme.Search.Tests.Lucene.CallBuilder;
using static Plateforme.Search.Tests.Lucene.TestIndex;

namespace Plateforme.Search.Tests.Lucene;

public class LifecycleTests
{
    [Fact]
    public async Task An_upsert_is_searchable_within_a_second_without_commit()
    {
        using var index = InMemory();
        CallDocument call = Call("Tiers-lieux ruraux");

        await index.UpsertAsync([call]);

        await Eventually.TrueAsync(() => index.Search("tiers-lieux").Total == 1, "the upsert to be searchable", TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task A_delete_disappears_within_a_second_without_commit()
    {
        CallDocument call = Call("Tiers-lieux ruraux");
        using var index = await WithAsync(call);

        await index.DeleteAsync([call.Id]);

        await Eventually.TrueAsync(() => index.Search("tiers-lieux").Total == 0, "the delete to leave search", TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Commit_makes_changes_visible_at_once()
    {
        using var index = InMemory();

        await index.UpsertAsync([Call("Tiers-lieux ruraux")]);
        await index.CommitAsync();

        Assert.Equal(1, index.Search("tiers-lieux").Total);
    }

    [Fact]
    public async Task Data_survives_closing_and_reopening_the_folder()
    {
        using var folder = new TempFolder();
        CallDocument call = Call("Tiers-lieux ruraux").Theme("ess", "ESS");
        using (var first = Open(folder.Path))
        {
            Assert.True(first.WasRecreated);
            await first.UpsertAsync([call]);
        }

        using var second = Open(folder.Path);

        Assert.False(second.WasRecreated);
        Assert.Equal(call.Title, second.Get(call.Id)?.Title);
        Assert.Equal(1, second.Health().DocumentCount);
        Assert.Null(second.Health().Problem);
    }

    [Fact]
    public void A_missing_folder_gives_an_empty_index_flagged_as_recreated()
    {
        using var folder = new TempFolder();
        var logger = new RecordingLogger<LuceneSearchIndex>();

        using var index = new LuceneSearchIndex(new LuceneIndexOptions { Path = Path.Combine(folder.Path, "index") }, logger);

        Assert.True(index.WasRecreated);
        Assert.Equal(0, index.Health().DocumentCount);
        Assert.NotNull(index.Health().Problem);
        Assert.Contains(logger.Entries, entry => entry.Level == LogLevel.Warning);
    }

    [Theory]
    [InlineData("segments")]
    [InlineData("data")]
    public async Task A_corrupt_index_is_replaced_by_an_empty_one_and_flagged(string damaged)
    {
        using var folder = new TempFolder();
        using (var first = Open(folder.Path))
        {
            await first.UpsertAsync([Call("Tiers-lieux ruraux"), Call("Jardins partagés")]);
        }

        foreach (var file in Directory.GetFiles(folder.Path).Where(file => IsDamaged(Path.GetFileName(file), damaged)))
        {
            await File.WriteAllBytesAsync(file, Enumerable.Range(0, 512).Select(i => (byte)(i * 37)).ToArray());
        }

        var logger = new RecordingLogger<LuceneSearchIndex>();
        using var reopened = new LuceneSearchIndex(new LuceneIndexOptions { Path = folder.Path }, logger);

        Assert.True(reopened.WasRecreated);
        Assert.Contains(logger.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.Contains("unreadable", StringComparison.Ordinal));
        await reopened.UpsertAsync([Call("Après reconstruction")]);
        await reopened.CommitAsync();
        Assert.Equal(1, reopened.Search(Query()).Total);
    }

    [Fact]
    public async Task A_second_writer_on_the_same_folder_fails_clearly_and_harms_nothing()
    {
        using var folder = new TempFolder();
        using var first = new LuceneSearchIndex(
            new LuceneIndexOptions { Path = folder.Path, WriteLockTimeout = TimeSpan.FromMilliseconds(50) },
            NullLogger<LuceneSearchIndex>.Instance);
        await first.UpsertAsync([Call("Tiers-lieux ruraux")]);
        await first.CommitAsync();

        var error = Assert.Throws<IndexLockedException>(() => new LuceneSearchIndex(
            new LuceneIndexOptions { Path = folder.Path, WriteLockTimeout = TimeSpan.FromMilliseconds(50) },
            NullLogger<LuceneSearchIndex>.Instance));

        Assert.Contains("already open", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, first.Search(Query()).Total);
    }

    [Fact]
    public void A_folder_held_by_another_process_is_refused()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Path);

        // What another process running the index holds: the guard file, opened without sharing.
        using (new FileStream(Path.Combine(folder.Path, DirectoryGuard.FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            Assert.Throws<IndexLockedException>(() => new LuceneSearchIndex(
                new LuceneIndexOptions { Path = folder.Path, WriteLockTimeout = TimeSpan.Zero },
                NullLogger<LuceneSearchIndex>.Instance));
        }

        using var index = Open(folder.Path);
        Assert.Equal(0, index.Health().DocumentCount);
    }

    [Fact]
    public async Task Searches_run_safely_while_calls_are_written()
    {
        using var index = InMemory();
        var writer = Task.Run(async () =>
        {
            for (var i = 0; i < 300; i++)
            {
                await index.UpsertAsync([Call($"Appel numéro {i}").Theme("t" + (i % 5), "Thème " + (i % 5))]);
                if (i % 50 == 0) await index.CommitAsync();
            }
        });
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            var searches = 0;
            while (!writer.IsCompleted)
            {
                var result = index.Search(Query("appel") with { Themes = ["t1"] });
                Assert.True(result.Total >= result.Hits.Count);
                searches++;
            }

            return searches;
        })).ToArray();

        await writer;
        await Task.WhenAll(readers);
        await index.CommitAsync();

        Assert.Equal(300, index.Search(Query()).Total);
    }

    [Fact]
    public void After_dispose_calls_fail()
    {
        var index = InMemory();

        index.Dispose();
        index.Dispose();

        Assert.Throws<ObjectDisposedException>(() => index.Search(Query()));
    }

    [Fact]
    public void After_dispose_health_says_closed()
    {
        var index = InMemory();

        index.Dispose();

        Assert.False(index.Health().IsHealthy);
    }

    [Fact]
    public async Task An_index_left_by_an_older_layout_is_recreated_for_a_rebuild()
    {
        using var folder = new TempFolder();
        using (var first = Open(folder.Path))
        {
            await first.UpsertAsync([Call("Tiers-lieux ruraux")]);
        }
        using (var directory = global::Lucene.Net.Store.FSDirectory.Open(folder.Path))
        using (var older = new global::Lucene.Net.Index.IndexWriter(directory,
            new global::Lucene.Net.Index.IndexWriterConfig(global::Lucene.Net.Util.LuceneVersion.LUCENE_48, new global::Lucene.Net.Analysis.Core.KeywordAnalyzer())))
        {
            older.SetCommitData(new Dictionary<string, string> { ["plateforme.layout"] = "1" });
            older.Commit();
        }

        using var reopened = Open(folder.Path);

        Assert.True(reopened.WasRecreated);
        Assert.Equal(0, reopened.Search("tiers-lieux").Total);
    }

    private static LuceneSearchIndex Open(string path) => new(new LuceneIndexOptions { Path = path }, NullLogger<LuceneSearchIndex>.Instance);

    private static bool IsDamaged(string file, string damaged) =>
        damaged == "segments" ? file.StartsWith("segments", StringComparison.Ordinal) : file != "write.lock" && !file.StartsWith("segments", StringComparison.Ordinal);
}
