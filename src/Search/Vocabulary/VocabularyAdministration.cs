using Microsoft.EntityFrameworkCore;
using Plateforme.Search.Catalogue.Store;

namespace Plateforme.Search.Vocabulary;

/// <summary>
/// Administrators' changes to the field's vocabulary: groups added, shipped groups switched off, both stored in
/// the catalogue and put in force at once (the index is not touched: the vocabulary applies at query time).
/// </summary>
public sealed class VocabularyAdministration(IDbContextFactory<CatalogueDbContext> databases, SearchVocabularyProvider vocabulary, TimeProvider clock)
{
    public const int MaxTerms = 20;
    public const int MaxTermLength = 100;

    public async Task<IReadOnlyList<VocabularyOverride>> OverridesAsync(CancellationToken cancellationToken = default)
    {
        var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var overrides = await db.VocabularyOverrides.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. overrides.OrderBy(o => o.ChangedAt)];
        }
    }

    /// <summary>Reads the overrides and puts the vocabulary they make in force.</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken = default) =>
        vocabulary.Replace(Compose(await OverridesAsync(cancellationToken).ConfigureAwait(false)));

    /// <summary>The shipped groups less those switched off, then the added groups.</summary>
    public static SearchVocabulary Compose(IEnumerable<VocabularyOverride> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var list = overrides.ToList();
        var disabled = list.Where(o => o.IsDisabling).Select(o => o.DisabledKey!).ToHashSet(StringComparer.Ordinal);
        var groups = DefaultVocabulary.Groups.Where(group => !disabled.Contains(group.Key))
            .Concat(list.Select(o => o.ToGroup()).OfType<VocabularyGroup>());
        return new SearchVocabulary(groups);
    }

    /// <summary>What the vocabulary would be with this group added: for the preview, nothing is stored.</summary>
    public SearchVocabulary WithGroup(VocabularyGroup group) => new([.. vocabulary.Current.Groups, group]);

    /// <summary>What the vocabulary would be without the shipped group of this key.</summary>
    public SearchVocabulary WithoutGroup(string key) => new(vocabulary.Current.Groups.Where(group => group.Key != key));

    public static VocabularyEditProblem Check(VocabularyGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (group.Terms.Count < 2) return VocabularyEditProblem.TooFewTerms;
        if (group.Terms.Count > MaxTerms) return VocabularyEditProblem.TooManyTerms;
        return group.Terms.Any(term => term.Length > MaxTermLength) ? VocabularyEditProblem.TermTooLong : VocabularyEditProblem.None;
    }

    public async Task<VocabularyEditProblem> AddAsync(VocabularyGroup group, string changedBy, CancellationToken cancellationToken = default)
    {
        if (Check(group) is var problem and not VocabularyEditProblem.None) return problem;
        await SaveAsync(new VocabularyOverride { Kind = group.Kind, Terms = group.Display }, changedBy, cancellationToken).ConfigureAwait(false);
        return VocabularyEditProblem.None;
    }

    public async Task<VocabularyEditProblem> DisableAsync(string key, string changedBy, CancellationToken cancellationToken = default)
    {
        var group = DefaultVocabulary.Groups.FirstOrDefault(g => g.Key == key);
        if (group is null) return VocabularyEditProblem.UnknownGroup;
        if ((await OverridesAsync(cancellationToken).ConfigureAwait(false)).Any(o => o.DisabledKey == key)) return VocabularyEditProblem.AlreadyDisabled;
        await SaveAsync(new VocabularyOverride { Kind = group.Kind, DisabledKey = key }, changedBy, cancellationToken).ConfigureAwait(false);
        return VocabularyEditProblem.None;
    }

    /// <summary>Removes an override: an added group goes, a switched-off shipped group comes back.</summary>
    public async Task RemoveAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            await db.VocabularyOverrides.Where(o => o.Id == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await ReloadAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task SaveAsync(VocabularyOverride change, string changedBy, CancellationToken cancellationToken)
    {
        change.Id = Guid.NewGuid();
        change.ChangedBy = changedBy;
        change.ChangedAt = clock.GetUtcNow();
        var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            db.VocabularyOverrides.Add(change);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        await ReloadAsync(cancellationToken).ConfigureAwait(false);
    }
}
