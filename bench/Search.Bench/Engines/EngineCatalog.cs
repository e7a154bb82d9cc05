using Plateforme.Search.Bench.Engines.Lucene;
using Plateforme.Search.Bench.Engines.Postgres;
using Plateforme.Search.Bench.Engines.Sqlite;
using Plateforme.Search.Bench.Measurement;
using Plateforme.Search.Indexing;
using Plateforme.Testing;

namespace Plateforme.Search.Bench.Engines;

/// <summary>Creates each engine with what it needs (a folder, a throwaway PostgreSQL) and releases it after its run.</summary>
public static class EngineCatalog
{
    public static async Task<EngineRun> RunAsync(
        string name, EngineRunner runner, IReadOnlyList<CallDocument> corpus, BenchWorkspace workspace, CancellationToken cancellationToken)
    {
        switch (name)
        {
            case "lucene":
            {
                await using var engine = new LuceneEngine(workspace.FolderFor(name));
                return await runner.RunAsync(engine, corpus, cancellationToken);
            }
            case "lucene-novocab":
            {
                await using var engine = new LuceneEngine(workspace.FolderFor(name), name, Plateforme.Search.Vocabulary.SearchVocabulary.Empty);
                return await runner.RunAsync(engine, corpus, cancellationToken);
            }
            case "postgres":
            {
                var server = new ThrowawayPostgres();
                await server.InitializeAsync();
                try
                {
                    await using var engine = new PostgresEngine(await server.CreateDatabaseAsync("bench"));
                    return await runner.RunAsync(engine, corpus, cancellationToken);
                }
                finally
                {
                    await server.DisposeAsync();
                }
            }
            case "sqlite":
            {
                await using var engine = new SqliteFtsEngine(workspace.FolderFor(name));
                return await runner.RunAsync(engine, corpus, cancellationToken);
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown engine.");
        }
    }
}
