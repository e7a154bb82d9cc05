using Plateforme.DemoData;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Indexing;
using Plateforme.Search.Reference;

namespace Plateforme.Search.Tests.Demo;

/// <summary>One catalogue of 3 000 calls shared by the tests that only read it.</summary>
public sealed class DemoCatalogueFixture
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    public DemoCatalogueData Data { get; } = DemoCatalogue.Generate(3_000, seed: 2026, Today);
}

public class DemoCatalogueTests(DemoCatalogueFixture fixture) : IClassFixture<DemoCatalogueFixture>
{
    private static readonly DateOnly Today = DemoCatalogueFixture.Today;
    private readonly IReadOnlyList<FundingCall> calls = fixture.Data.Calls;

    [Fact]
    public void The_same_seed_gives_the_same_catalogue()
    {
        var first = DemoCatalogue.Generate(200, seed: 7, Today);
        var second = DemoCatalogue.Generate(200, seed: 7, Today);

        Assert.Equal(first.Calls.Select(Fingerprint), second.Calls.Select(Fingerprint));
        Assert.Equal(first.Funders.Select(f => f.Slug), second.Funders.Select(f => f.Slug));
    }

    [Fact]
    public void Another_seed_gives_another_catalogue()
    {
        var first = DemoCatalogue.Generate(50, seed: 7, Today);
        var other = DemoCatalogue.Generate(50, seed: 8, Today);

        Assert.NotEqual(first.Calls.Select(c => c.Id), other.Calls.Select(c => c.Id));
        Assert.NotEqual(first.Calls.Select(c => c.Title), other.Calls.Select(c => c.Title));
    }

    [Fact]
    public void A_call_does_not_depend_on_how_many_are_generated()
    {
        var few = DemoCatalogue.Generate(20, seed: 7, Today).Calls;
        var many = DemoCatalogue.EnumerateCalls(500, seed: 7, Today).Take(20);

        Assert.Equal(few.Select(Fingerprint), many.Select(Fingerprint));
    }

    [Fact]
    public void Ids_and_slugs_are_unique_and_slugs_are_ascii_kebab_case()
    {
        Assert.Equal(calls.Count, calls.Select(c => c.Id).Distinct().Count());
        Assert.Equal(calls.Count, calls.SelectMany(c => c.Sources).Select(s => s.Id).Distinct().Count());
        Assert.Equal(calls.Count, calls.Select(c => c.Slug).Distinct(StringComparer.Ordinal).Count());
        Assert.All(calls, c => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", c.Slug));
        Assert.DoesNotContain(calls, c => c.Id == Guid.Empty);
    }

    [Fact]
    public void Calls_are_published_and_recorded_from_the_demo_source()
    {
        Assert.All(calls, c =>
        {
            Assert.Equal(ModerationState.Published, c.State);
            var source = Assert.Single(c.Sources);
            Assert.Equal(DemoCatalogue.SourceId, source.SourceId);
            Assert.Equal(c.Id, source.CallId);
            Assert.Equal(c.OriginUrl, source.Url);
        });
    }

    [Fact]
    public void Every_url_says_it_is_demo_data()
    {
        var urls = calls.SelectMany(c => new[] { c.OriginUrl, c.ApplicationUrl }).OfType<string>()
            .Concat(fixture.Data.Funders.Select(f => f.Website).OfType<string>());

        Assert.All(urls, url => Assert.True(new Uri(url).Host.EndsWith("demo.plateforme.example", StringComparison.Ordinal), url));
        Assert.All(calls, c => Assert.Contains("Données de démonstration", c.DescriptionHtml, StringComparison.Ordinal));
    }

    [Fact]
    public void Amounts_are_positive_and_ranges_and_rates_are_ordered()
    {
        Assert.All(calls, c =>
        {
            if (c.MinAmountCents is { } min && c.MaxAmountCents is { } max) Assert.InRange(min, 1, max);
            if (c.RateMinPercent is { } low && c.RateMaxPercent is { } high) Assert.InRange(low, 1, high);
            if (c.RateMaxPercent is { } rate) Assert.InRange(rate, 1, 100);
            if (c.EnvelopeCents is { } envelope) Assert.True(envelope >= (c.MaxAmountCents ?? 0), c.Slug);
            Assert.True((c.MaxAmountCents ?? 0) % 100 == 0, "whole euros");
        });
        Assert.Contains(calls, c => c.MinAmountCents is not null && c.MaxAmountCents is not null);
        Assert.Contains(calls, c => c.RateMaxPercent is not null);
        Assert.Contains(calls, c => c.EnvelopeCents is not null);
        Assert.Contains(calls, c => c.MaxAmountCents is null && c.RateMaxPercent is null && c.EnvelopeCents is null);
    }

    [Fact]
    public void Statuses_mix_closed_open_closing_soon_and_upcoming_calls()
    {
        var shares = calls.GroupBy(c => CallStatusRules.StatusOn(Today, c.OpensOn, c.Deadline))
            .ToDictionary(g => g.Key, g => (double)g.Count() / calls.Count);

        Assert.InRange(shares[CallStatus.Closed], 0.15, 0.25);
        Assert.InRange(shares[CallStatus.Upcoming], 0.06, 0.14);
        Assert.InRange(shares[CallStatus.ClosingSoon], 0.02, 0.15);
        Assert.InRange(shares[CallStatus.Open], 0.45, 0.75);
    }

    [Fact]
    public void Dates_stay_between_about_six_months_ago_and_nine_months_ahead()
    {
        Assert.All(calls.Where(c => c.Deadline is not null), c =>
            Assert.InRange(c.Deadline!.Value, Today.AddDays(-190), Today.AddDays(280)));
        Assert.All(calls.Where(c => c.OpensOn is not null && c.Deadline is not null), c => Assert.True(c.OpensOn < c.Deadline, c.Slug));
        Assert.Contains(calls, c => c.Recurrence == Recurrence.Permanent && c.Deadline is null);
        Assert.Contains(calls, c => c.Recurrence == Recurrence.Recurring);
        Assert.Contains(calls, c => c.DeadlineTime is not null);
    }

    [Fact]
    public void Bookkeeping_dates_are_in_the_past_and_in_order()
    {
        var startOfToday = new DateTimeOffset(Today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

        Assert.All(calls, c =>
        {
            Assert.True(c.CreatedAt <= c.PublishedAt, c.Slug);
            Assert.True(c.PublishedAt <= c.UpdatedAt, c.Slug);
            Assert.True(c.UpdatedAt <= startOfToday, c.Slug);
            Assert.True(c.PublishedAt >= startOfToday.AddDays(-260), c.Slug);
        });
    }

    [Fact]
    public void Every_slug_of_reference_data_is_valid()
    {
        var lists = ReferenceLists.Default;
        var taxonomy = ThemeTaxonomy.Default;

        Assert.All(calls, c =>
        {
            Assert.NotEmpty(c.Themes);
            Assert.NotEmpty(c.Beneficiaries);
            Assert.NotEmpty(c.AidTypes);
            Assert.All(c.Themes, t => Assert.True(taxonomy.IsTheme(t), t));
            Assert.All(c.SubThemes, s => Assert.Contains(taxonomy.FindSubTheme(s)!.ThemeSlug, c.Themes));
            Assert.All(c.Beneficiaries, b => Assert.True(lists.Beneficiaries.Contains(b), b));
            Assert.All(c.AidTypes, a => Assert.True(lists.AidTypes.Contains(a), a));
            Assert.All(c.Destinations, d => Assert.True(lists.Destinations.Contains(d), d));
        });
    }

    [Fact]
    public void Every_territory_is_known_to_the_directory()
    {
        var directory = TerritoryDirectory.Default;
        var territories = calls.Select(c => c.Territory).Concat(fixture.Data.Funders.Select(f => f.Territory!)).Distinct();

        Assert.All(territories, code => Assert.True(TerritoryCode.TryParse(code, out var parsed) && directory.IsKnown(parsed), code));
    }

    [Fact]
    public void Every_call_names_known_funders_leader_first()
    {
        var funders = fixture.Data.Funders.Select(f => f.Slug).ToHashSet(StringComparer.Ordinal);

        Assert.InRange(fixture.Data.Funders.Count, 40, 70);
        Assert.Equal(fixture.Data.Funders.Count, funders.Count);
        Assert.All(calls, c => Assert.All(c.Funders, f => Assert.Contains(f, funders)));
        Assert.Contains(calls, c => c.Funders.Count > 1);
    }

    [Fact]
    public void The_catalogue_is_mostly_local_to_the_Somme_but_covers_every_level()
    {
        var levels = calls.Select(c => TerritoryCode.Parse(c.Territory).Level).Distinct();
        var inSomme = calls.Count(c => TerritoryDirectory.Default.PathOf(TerritoryCode.Parse(c.Territory)).Contains(TerritoryCode.Parse("dep:80")));

        Assert.Equal(Enum.GetValues<TerritoryLevel>().Order(), levels.Order());
        Assert.InRange((double)inSomme / calls.Count, 0.2, 0.5);
    }

    [Fact]
    public void Titles_are_varied_and_texts_are_filled_in()
    {
        Assert.True(calls.Select(c => c.Title).Distinct(StringComparer.Ordinal).Count() > calls.Count / 2);
        Assert.All(calls, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Summary));
            Assert.False(string.IsNullOrWhiteSpace(c.Eligibility));
            Assert.False(string.IsNullOrWhiteSpace(c.Contact));
        });
        // Parsing HTML is the slow part: a sample says enough about the length of descriptions.
        Assert.All(calls.Take(200), c => Assert.True(CallDocumentBuilder.PlainText(c.DescriptionHtml)!.Length > 600, c.Slug));
        Assert.Contains(calls, c => c.IsCallForProjects);
        Assert.Contains(calls, c => !c.IsCallForProjects);
    }

    [Fact]
    public void Texts_are_safe_to_put_in_HTML_without_escaping()
    {
        char[] special = ['&', '<', '>', '"'];

        Assert.All(calls, c =>
        {
            foreach (var text in new[] { c.Title, c.Summary, c.Eligibility, c.ProjectExamples, c.Contact })
            {
                Assert.True(text!.IndexOfAny(special) < 0, text);
            }
            Assert.DoesNotContain("&", c.DescriptionHtml!, StringComparison.Ordinal);
        });
    }

    private static string Fingerprint(FundingCall c) => string.Join("|",
        c.Id, c.Slug, c.Title, c.Summary, c.DescriptionHtml, c.Territory, c.OpensOn, c.Deadline, c.DeadlineTime,
        c.MinAmountCents, c.MaxAmountCents, c.RateMaxPercent, c.EnvelopeCents, c.PublishedAt, c.CreatedAt,
        string.Join(",", c.Funders), string.Join(",", c.Themes), string.Join(",", c.Beneficiaries), string.Join(",", c.AidTypes));
}
