using Plateforme.Search.Catalogue;

namespace Plateforme.Search.Tests.Store;

/// <summary>Builders of catalogue rows for tests: valid by default, every field filled where it matters.</summary>
internal static class TestCalls
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 30, 0, TimeSpan.FromHours(1));

    public static FundingCall Published(string slug, params string[] funders) => new()
    {
        Slug = slug,
        Title = "Appel à projets " + slug,
        Summary = "Soutenir les projets associatifs de " + slug,
        Territory = "dep:80",
        Funders = [.. funders],
        Themes = ["solidarite"],
        Beneficiaries = ["association"],
        AidTypes = ["subvention"],
        Deadline = new DateOnly(2027, 1, 31),
        State = ModerationState.Published,
        CreatedAt = Now,
        UpdatedAt = Now,
        PublishedAt = Now,
    };

    public static FundingCall Draft(string slug) => new()
    {
        Slug = slug,
        Title = "Brouillon " + slug,
        Territory = "nat:FR",
        State = ModerationState.Draft,
        CreatedAt = Now,
        UpdatedAt = Now,
    };

    public static Funder Funder(string slug, string name) => new()
    {
        Slug = slug,
        Name = name,
        Kind = "region",
        Territory = "reg:32",
    };
}
