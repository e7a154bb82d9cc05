using Microsoft.EntityFrameworkCore;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Catalogue.Store;

namespace Plateforme.Crawler.Pipeline;

/// <summary>
/// Turns the funder names a source gave into catalogue slugs, adding a funder the catalogue does not know yet
/// (kind "autre", for a moderator to complete) so search shows its name rather than its slug.
/// </summary>
internal static class FunderResolver
{
    public static async Task<IReadOnlyList<string>> ResolveAsync(
        CatalogueDbContext db, IReadOnlyList<string> names, SourcePolicy policy, CancellationToken cancellationToken)
    {
        var named = names
            .Select(name => (Slug: SlugOf(name, policy), Name: NameOf(name, policy)))
            .DistinctBy(f => f.Slug, StringComparer.Ordinal)
            .ToList();
        if (named.Count == 0) return [];

        var slugs = named.Select(f => f.Slug).ToList();
        var known = await db.Funders.Where(f => slugs.Contains(f.Slug)).Select(f => f.Slug).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var (slug, name) in named.Where(f => !known.Contains(f.Slug, StringComparer.Ordinal)))
        {
            db.Funders.Add(new Funder { Slug = slug, Name = name.Length > 300 ? name[..300] : name, Kind = "autre" });
        }

        return slugs;
    }

    private static string SlugOf(string name, SourcePolicy policy) =>
        IsSourceFunder(name, policy) ? policy.FunderSlug : Slugs.IsSlug(name) ? name : Slugs.Of(name, 200);

    private static string NameOf(string name, SourcePolicy policy) => IsSourceFunder(name, policy) ? policy.FunderName : name;

    private static bool IsSourceFunder(string name, SourcePolicy policy) =>
        name.Equals(policy.FunderSlug, StringComparison.Ordinal) || name.Equals(policy.FunderName, StringComparison.OrdinalIgnoreCase);
}
