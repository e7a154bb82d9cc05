using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Indexing;
using Plateforme.Search.Indexing.Lucene;
using Plateforme.Search.Outbox;
using Plateforme.Search.Reference;

namespace Plateforme.Search.Tests.Outbox;

/// <summary>The real Lucene index in a folder, with the drainer, rebuilder and startup check around it, as the module wires them.</summary>
internal sealed class IndexPipeline : IDisposable
{
    private readonly IndexWriteLock _writeLock = new();

    public IndexPipeline(IDbContextFactory<CatalogueDbContext> contexts, string? indexFolder)
    {
        Index = new LuceneSearchIndex(new LuceneIndexOptions { Path = indexFolder }, NullLogger<LuceneSearchIndex>.Instance);
        var documents = new CallDocumentBuilder(TerritoryDirectory.Default, ThemeTaxonomy.Default, ReferenceLists.Default);
        Drainer = new OutboxDrainer(contexts, Index, documents, _writeLock, NullLogger<OutboxDrainer>.Instance);
        Rebuilder = new IndexRebuilder(contexts, Index, documents, _writeLock, NullLogger<IndexRebuilder>.Instance);
        StartupCheck = new IndexStartupCheck(contexts, Index, Drainer, Rebuilder, NullLogger<IndexStartupCheck>.Instance);
    }

    public LuceneSearchIndex Index { get; }
    public OutboxDrainer Drainer { get; }
    public IndexRebuilder Rebuilder { get; }
    public IndexStartupCheck StartupCheck { get; }

    public int Find(string text) =>
        Index.Search(new SearchQuery { Text = text, Today = new DateOnly(2026, 11, 23), IncludeFacets = false }).Total;

    public void Dispose()
    {
        Index.Dispose();
        _writeLock.Dispose();
    }
}
