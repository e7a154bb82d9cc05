using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Plateforme.Experiences.Sheets;
using Plateforme.Search.Analysis;
using Plateforme.Search.Reference;

namespace Plateforme.Experiences.Finding;

/// <summary>
/// The experiences' own full-text index: the published sheets analysed by the platform's French chain (the calls'
/// <see cref="FrenchSearchAnalyzer"/>) in an in-memory Lucene index, rebuilt from the database when a sheet is
/// published or changed. The base holds hundreds of sheets, not hundreds of thousands: the filters and facets are
/// counted over the matching sheets in memory, and a rebuild takes milliseconds.
/// </summary>
public sealed class ExperienceIndex : IDisposable
{
    private static readonly (string Field, float Boost)[] Fields = [("title", 3f), ("summary", 2f), ("place", 2f), ("carrier", 1.5f), ("body", 1f)];

    private readonly ExperienceService sheets;
    private readonly FrenchSearchAnalyzer analyzer = new();
    private readonly SemaphoreSlim rebuilding = new(1, 1);
    private volatile Snapshot? current;

    public ExperienceIndex(ExperienceService sheets)
    {
        this.sheets = sheets ?? throw new ArgumentNullException(nameof(sheets));
        sheets.PublishedChanged += () => current = null;
    }

    public async Task<ExperienceSearchResult> SearchAsync(ExperienceQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var snapshot = await SnapshotAsync(cancellationToken).ConfigureAwait(false);
        var matching = Match(snapshot, query.Text);
        var filtered = matching.Where(h => Passes(h.Sheet, query)).ToList();
        var pageSize = Math.Clamp(query.PageSize, 1, 100);
        var page = Math.Max(1, query.Page);
        return new ExperienceSearchResult(
            filtered.Skip((page - 1) * pageSize).Take(pageSize).ToList(),
            filtered.Count,
            filtered,
            ExperienceFacets.Themes(filtered),
            ExperienceFacets.Innovations(filtered),
            ExperienceFacets.Carriers(filtered),
            ExperienceFacets.Regions(filtered),
            ExperienceFacets.Departements(filtered));
    }

    /// <summary>Published sheets that resemble this one: shared themes, category, carrier, region and words.</summary>
    public async Task<IReadOnlyList<Experience>> SimilarAsync(Experience sheet, int count = 4, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var snapshot = await SnapshotAsync(cancellationToken).ConfigureAwait(false);
        return ExperienceSimilarity.Rank(sheet, snapshot.Sheets, analyzer).Take(count).ToList();
    }

    /// <summary>Published sheets close to a free description (the opportunity workspace): words, then themes.</summary>
    public async Task<IReadOnlyList<ExperienceHit>> MatchingAnyAsync(string text, IReadOnlyCollection<string> themes, int count, CancellationToken cancellationToken = default)
    {
        var snapshot = await SnapshotAsync(cancellationToken).ConfigureAwait(false);
        var terms = analyzer.Tokenize(text ?? "").Select(t => t.Term).Distinct(StringComparer.Ordinal).Take(40).ToList();
        var scored = new List<ExperienceHit>();
        if (terms.Count > 0)
        {
            var any = new BooleanQuery();
            foreach (var term in terms) any.Add(Disjunction(term), Occur.SHOULD);
            scored = Run(snapshot, any);
        }

        var themeSet = themes.ToHashSet(StringComparer.Ordinal);
        return scored.Select(h => h with { Score = h.Score + h.Sheet.ThemeSlugs.Count(themeSet.Contains) })
            .Concat(snapshot.Sheets.Where(s => scored.All(h => h.Sheet.Id != s.Id) && s.ThemeSlugs.Any(themeSet.Contains))
                .Select(s => new ExperienceHit(s, s.ThemeSlugs.Count(themeSet.Contains))))
            .OrderByDescending(h => h.Score).Take(count).ToList();
    }

    private List<ExperienceHit> Match(Snapshot snapshot, string text)
    {
        var terms = analyzer.Tokenize(text ?? "").Select(t => t.Term).Distinct(StringComparer.Ordinal).ToList();
        if (terms.Count == 0) return snapshot.Sheets.Select(s => new ExperienceHit(s, 0)).ToList();
        // Every word must be found, in any field, as for calls.
        var all = new BooleanQuery();
        foreach (var term in terms) all.Add(Disjunction(term), Occur.MUST);
        return Run(snapshot, all);
    }

    private static BooleanQuery Disjunction(string term)
    {
        var fields = new BooleanQuery();
        foreach (var (field, boost) in Fields) fields.Add(new TermQuery(new Term(field, term)) { Boost = boost }, Occur.SHOULD);
        return fields;
    }

    private static List<ExperienceHit> Run(Snapshot snapshot, Query query)
    {
        var top = snapshot.Searcher.Search(query, Math.Max(1, snapshot.Sheets.Count));
        return top.ScoreDocs
            .Select(d => new ExperienceHit(snapshot.ById[snapshot.Searcher.Doc(d.Doc).Get("id", System.Globalization.CultureInfo.InvariantCulture)], d.Score))
            .ToList();
    }

    private static bool Passes(Experience sheet, ExperienceQuery query)
    {
        if (query.Themes.Count > 0 && !query.Themes.All(t => sheet.ThemeSlugs.Contains(t, StringComparer.Ordinal))) return false;
        if (!string.IsNullOrEmpty(query.Innovation) && (sheet.Innovation is not { } category || ExperienceLabels.InnovationSlug(category) != query.Innovation)) return false;
        if (!string.IsNullOrEmpty(query.Carrier) && ExperienceLabels.CarrierSlug(sheet.Carrier) != query.Carrier) return false;
        if (!string.IsNullOrEmpty(query.Territory) && !ExperiencePlaces.PathOf(sheet).Contains(query.Territory, StringComparer.OrdinalIgnoreCase)) return false;
        return true;
    }

    private async Task<Snapshot> SnapshotAsync(CancellationToken cancellationToken)
    {
        if (current is { } ready) return ready;
        await rebuilding.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (current is { } built) return built;
            var published = await sheets.PublishedAsync(cancellationToken).ConfigureAwait(false);
            var snapshot = Build(published);
            current = snapshot;
            return snapshot;
        }
        finally
        {
            rebuilding.Release();
        }
    }

    private Snapshot Build(IReadOnlyList<Experience> published)
    {
        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(FrenchAnalysis.Version, analyzer)))
        {
            foreach (var sheet in published)
            {
                writer.AddDocument(
                [
                    new StringField("id", sheet.Id.ToString(), Field.Store.YES),
                    new TextField("title", sheet.Title, Field.Store.NO),
                    new TextField("summary", sheet.Summary, Field.Store.NO),
                    new TextField("place", ExperiencePlaces.Words(sheet), Field.Store.NO),
                    new TextField("carrier", $"{sheet.CarrierName} {sheet.LegalForm} {sheet.Partners} {sheet.ContributorStructure}", Field.Store.NO),
                    new TextField("body", string.Join("\n", sheet.Context, sheet.Objectives, sheet.Method, sheet.Implementation,
                        sheet.MeansAndCosts, sheet.Results, sheet.PointsOfVigilance, sheet.KeyFactors,
                        string.Join(' ', sheet.ThemeSlugs.Select(ExperienceThemes.Label)),
                        sheet.Innovation is { } category ? ExperienceLabels.Innovation(category) : ""), Field.Store.NO),
                ]);
            }

            writer.Commit();
        }

        var searcher = new IndexSearcher(DirectoryReader.Open(directory));
        return new Snapshot(published, published.ToDictionary(s => s.Id.ToString(), s => s), searcher);
    }

    public void Dispose()
    {
        analyzer.Dispose();
        rebuilding.Dispose();
    }

    private sealed record Snapshot(IReadOnlyList<Experience> Sheets, IReadOnlyDictionary<string, Experience> ById, IndexSearcher Searcher);
}
