using Plateforme.Search.Catalogue;
using Plateforme.Search.Indexing;
using Plateforme.Search.Reference;

namespace Plateforme.Search.Tests.Indexing;

public class CallDocumentBuilderTests
{
    private static readonly CallDocumentBuilder Builder =
        new(TerritoryDirectory.Default, ThemeTaxonomy.Default, ReferenceLists.Default);

    private static readonly Dictionary<string, Funder> Funders = new(StringComparer.Ordinal)
    {
        ["region-hauts-de-france"] = new() { Slug = "region-hauts-de-france", Name = "Région Hauts-de-France", Kind = "region" },
    };

    private static FundingCall ACall() => new()
    {
        Id = Guid.Parse("6f1c2a3b-0000-4000-8000-000000000001"),
        Slug = "aap-insertion-jeunes-somme-2026",
        Title = "  Appel à projets « Insertion professionnelle des jeunes » 2026  ",
        Summary = "Soutenir l'accès à l'emploi des jeunes.",
        DescriptionHtml = "<h3>Objectifs</h3><p>Favoriser l'emploi&nbsp;des jeunes.</p><script>alert('x')</script><ul><li>Ateliers</li><li>Parrainage</li></ul>",
        Funders = ["region-hauts-de-france", "fondation-inconnue"],
        Themes = ["emploi-insertion"],
        SubThemes = ["accompagnement-vers-l-emploi", "tiers-lieux"],
        Keywords = ["jeunes", " jeunes ", ""],
        Beneficiaries = ["association", "commune"],
        AidTypes = ["subvention"],
        Destinations = ["fonctionnement"],
        Territory = "com:80021",
        OpensOn = new DateOnly(2026, 1, 5),
        Deadline = new DateOnly(2026, 3, 31),
        DeadlineTime = new TimeOnly(12, 0),
        Recurrence = Recurrence.Recurring,
        MinAmountCents = 100_000,
        MaxAmountCents = 3_000_000,
        RateMaxPercent = 80,
        EnvelopeCents = 50_000_000,
        IsCallForProjects = true,
        CreatedAt = new DateTimeOffset(2025, 12, 1, 9, 0, 0, TimeSpan.Zero),
        PublishedAt = new DateTimeOffset(2025, 12, 2, 9, 0, 0, TimeSpan.Zero),
        State = ModerationState.Published,
    };

    [Fact]
    public void Build_resolves_French_labels_of_every_slug()
    {
        var document = Builder.Build(ACall(), Funders);

        Assert.Equal(
            [new LabelledValue("region-hauts-de-france", "Région Hauts-de-France"), new LabelledValue("fondation-inconnue", "fondation-inconnue")],
            document.Funders);
        Assert.Equal("Emploi et insertion professionnelle", document.Themes[0].Label);
        Assert.Equal("Accompagnement vers l'emploi", document.SubThemes[0].Label);
        Assert.Equal(["Association", "Commune"], document.Beneficiaries.Select(b => b.Label));
        Assert.Equal(new LabelledValue("subvention", "Subvention"), Assert.Single(document.AidTypes));
        Assert.Equal(["fonctionnement"], document.Destinations);
        Assert.Equal("recurrente", document.Recurrence);
    }

    [Fact]
    public void Build_adds_the_theme_of_a_sub_theme_the_call_did_not_name()
    {
        var document = Builder.Build(ACall(), Funders);

        Assert.Equal(["emploi-insertion", "economie-sociale-solidaire"], document.Themes.Select(t => t.Value));
    }

    [Fact]
    public void Build_indexes_the_perimeter_under_every_enclosing_territory()
    {
        var document = Builder.Build(ACall(), Funders);

        Assert.Equal(new LabelledValue("com:80021", "Amiens"), document.Territory);
        Assert.Equal(["com:80021", "epci:248000531", "dep:80", "reg:32", "nat:FR"], document.TerritoryPath);
    }

    [Fact]
    public void Build_normalises_the_spelling_of_a_territory_code()
    {
        var call = ACall();
        call.Territory = "DEP:2a";

        var document = Builder.Build(call, Funders);

        Assert.Equal(new LabelledValue("dep:2A", "Corse-du-Sud"), document.Territory);
        Assert.Equal(["dep:2A", "reg:94", "nat:FR"], document.TerritoryPath);
    }

    [Fact]
    public void Build_keeps_an_unreadable_territory_as_it_is()
    {
        var call = ACall();
        call.Territory = "quelque part";

        var document = Builder.Build(call, Funders);

        Assert.Equal(new LabelledValue("quelque part", "quelque part"), document.Territory);
        Assert.Equal(["quelque part"], document.TerritoryPath);
    }

    [Fact]
    public void Build_turns_the_description_into_plain_text_without_scripts()
    {
        var document = Builder.Build(ACall(), Funders);

        Assert.Equal("Objectifs Favoriser l'emploi des jeunes. Ateliers Parrainage", document.DescriptionText);
    }

    [Fact]
    public void Build_copies_dates_amounts_and_trims_text()
    {
        var document = Builder.Build(ACall(), Funders);

        Assert.Equal("Appel à projets « Insertion professionnelle des jeunes » 2026", document.Title);
        Assert.Equal(new DateOnly(2026, 3, 31), document.Deadline);
        Assert.Equal(new TimeOnly(12, 0), document.DeadlineTime);
        Assert.Equal(100_000, document.MinAmountCents);
        Assert.Equal(3_000_000, document.MaxAmountCents);
        Assert.Equal(80, document.RateMaxPercent);
        Assert.Equal(50_000_000, document.EnvelopeCents);
        Assert.True(document.IsCallForProjects);
        Assert.Equal(["jeunes"], document.Keywords);
    }

    [Fact]
    public void PublishedAt_falls_back_to_the_creation_date()
    {
        var call = ACall();
        call.PublishedAt = null;

        var document = Builder.Build(call, Funders);

        Assert.Equal(call.CreatedAt, document.PublishedAt);
    }

    [Fact]
    public void Labels_written_instead_of_slugs_are_normalised()
    {
        var call = ACall();
        call.Beneficiaries = ["Entreprise privée", "entreprise-privee", "inconnu"];

        var document = Builder.Build(call, Funders);

        Assert.Equal(["entreprise-privee", "inconnu"], document.Beneficiaries.Select(b => b.Value));
        Assert.Equal("inconnu", document.Beneficiaries[1].Label);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("   ", null)]
    [InlineData("<script>x()</script><style>p{}</style>", null)]
    [InlineData("<p>Un</p><p>deux</p>", "Un deux")]
    [InlineData("ligne<br>suivante", "ligne suivante")]
    [InlineData("<p>Dotation&nbsp;: <strong>30&#8239;000&nbsp;€</strong></p>", "Dotation : 30 000 €")]
    [InlineData("<b>gras</b>suivi", "grassuivi")]
    [InlineData("<p>non fermé <em>du tout", "non fermé du tout")]
    [InlineData("<iframe src=\"https://example.org\">caché</iframe>visible", "visible")]
    public void PlainText_keeps_what_a_reader_sees(string? html, string? expected)
    {
        Assert.Equal(expected, CallDocumentBuilder.PlainText(html));
    }
}
