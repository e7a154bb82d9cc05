using Microsoft.Extensions.Time.Testing;
using Plateforme.Crawler.Extraction;
using Plateforme.Crawler.Sources;
using Plateforme.Search.Catalogue;

namespace Plateforme.Crawler.Tests.Extraction;

public sealed class CallNormalizerTests
{
    // 10 January 2026, 09:00 in Paris.
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 1, 10, 8, 0, 0, TimeSpan.Zero));
    private readonly CallNormalizer normalizer = new(Clock);

    [Fact]
    public void A_listing_card_with_dedicated_fields_is_normalised()
    {
        var raw = new RawCall("appelaprojets", "1234", new Uri("https://WWW.AppelAProjets.example/appelprojet/tiers-lieux/?utm_source=rss#top"), "Appel à projets  Tiers-lieux solidaires 2026")
        {
            DeadlineText = "Expire le 15/03/2026",
            AmountText = "Subvention de 5 000 € à 30 000 € par projet, enveloppe globale de 1,2 M€",
            FunderText = "Fondation de France",
            BeneficiariesText = "Associations, collectivités",
            TerritoryText = "Hauts-de-France",
            ThemesText = "Économie sociale et solidaire",
            DescriptionHtml = "<p>Soutenir les <a href=\"/tiers-lieux\">tiers-lieux</a>.</p><script>track()</script>",
            ApplicationUrl = new Uri("https://depot.example/aap?id=9&fbclid=xyz"),
        };

        var call = normalizer.Normalize(raw, new SourceContext("appelaprojets", Licence: "Licence Ouverte 2.0"));

        Assert.Equal("Appel à projets Tiers-lieux solidaires 2026", call.Title);
        Assert.Equal(new DateOnly(2026, 3, 15), call.Deadline);
        Assert.Equal(500_000L, call.MinAmountCents);
        Assert.Equal(3_000_000L, call.MaxAmountCents);
        Assert.Equal(120_000_000L, call.EnvelopeCents);
        Assert.Equal(["Fondation de France"], call.Funders);
        Assert.Equal(["association", "commune", "epci", "departement", "region"], call.Beneficiaries);
        Assert.Equal("reg:32", call.Territory);
        Assert.Equal(["economie-sociale-solidaire"], call.Themes);
        Assert.Equal(["subvention"], call.AidTypes);
        Assert.True(call.IsCallForProjects);
        Assert.Equal("<p>Soutenir les <a href=\"https://www.appelaprojets.example/tiers-lieux\" rel=\"nofollow noopener noreferrer\">tiers-lieux</a>.</p>", call.DescriptionHtml);
        Assert.Equal("https://www.appelaprojets.example/appelprojet/tiers-lieux", call.CanonicalUrl);
        Assert.Equal("https://www.appelaprojets.example/appelprojet/tiers-lieux/#top", call.OriginUrl);
        Assert.Equal("https://depot.example/aap?id=9", call.ApplicationUrl);
        Assert.Equal("lieu-solidaire-tier|fondation-france|2026-03-15", call.Fingerprint);
        Assert.Equal("Licence Ouverte 2.0", call.Licence);
        Assert.Equal("", string.Join(", ", call.Warnings.Select(w => w.Code)));
    }

    [Fact]
    public void A_detail_page_without_fields_is_read_from_its_text_with_warnings()
    {
        var raw = new RawCall("region-na", "aap-mobilite", new Uri("https://region.example/aides/aap-mobilite"), "AMI Mobilités solidaires en milieu rural")
        {
            PageDate = new DateOnly(2025, 11, 20),
            DescriptionHtml = """
                <h2>Objectifs</h2><p>Développer le covoiturage, le transport à la demande et les garages solidaires.</p>
                <h2>Bénéficiaires</h2><p>Associations et communautés de communes.</p>
                <h2>Montant</h2><p>L'aide est plafonnée à 50 000 € et à 80 % des dépenses éligibles. Enveloppe globale : 2 M€.</p>
                <h2>Calendrier</h2><p>Réunion d'information le 4 décembre. Date limite de dépôt : 30 janvier à 12h.</p>
                """,
        };

        var call = normalizer.Normalize(raw, new SourceContext("region-na", DefaultFunder: "region-nouvelle-aquitaine", DefaultTerritory: "reg:75"));

        Assert.Equal(new DateOnly(2026, 1, 30), call.Deadline);
        Assert.Equal(new TimeOnly(12, 0), call.DeadlineTime);
        Assert.Equal(5_000_000L, call.MaxAmountCents);
        Assert.Equal(80, call.RateMaxPercent);
        Assert.Equal(200_000_000L, call.EnvelopeCents);
        Assert.Equal(["association", "epci"], call.Beneficiaries);
        Assert.Equal(["region-nouvelle-aquitaine"], call.Funders);
        Assert.Equal("reg:75", call.Territory);
        Assert.Contains("mobilite", call.Themes);
        Assert.True(call.IsCallForProjects);
        Assert.Contains(ExtractionWarnings.DeadlineFromPage, call.Warnings);
        Assert.Contains(ExtractionWarnings.AmountFromPage, call.Warnings);
        Assert.DoesNotContain(ExtractionWarnings.TerritoryUnresolved, call.Warnings);
    }

    [Fact]
    public void A_permanent_aid_has_no_deadline_and_no_missing_deadline_warning()
    {
        var raw = new RawCall("departement-80", "fdva", new Uri("https://somme.example/aides/fdva"), "Aide aux petits clubs sportifs - Département de la Somme")
        {
            DeadlineText = "Dépôt des demandes au fil de l'eau",
            FunderText = "Département de la Somme",
            TerritoryText = "80 - Somme",
            AmountText = "Seuil minimal : 1 000 euros ; plafond : 5 000 euros",
            AidTypeText = "Subvention de fonctionnement",
        };

        var call = normalizer.Normalize(raw, new SourceContext("departement-80"));

        Assert.Equal("Aide aux petits clubs sportifs", call.Title);
        Assert.Null(call.Deadline);
        Assert.Equal(Recurrence.Permanent, call.Recurrence);
        Assert.Equal("dep:80", call.Territory);
        Assert.Equal(100_000L, call.MinAmountCents);
        Assert.Equal(500_000L, call.MaxAmountCents);
        Assert.Equal(["subvention"], call.AidTypes);
        Assert.Equal(["fonctionnement"], call.Destinations);
        Assert.Contains("sport", call.Themes);
        Assert.False(call.IsCallForProjects);
        Assert.DoesNotContain(ExtractionWarnings.DeadlineMissing, call.Warnings);
        Assert.EndsWith("|departement-somme|sans-date", call.Fingerprint, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_windows_keep_both_and_the_next_one_drives_the_dates()
    {
        var raw = new RawCall("carenews", "42", new Uri("https://news.example/appel/42"), "Fonds pour l'innovation sociale")
        {
            DeadlineText = "Du 1er décembre 2025 au 15 janvier 2026 ou du 1er mars au 15 avril 2026",
            FunderText = "Fondation Exemple",
        };

        var call = normalizer.Normalize(raw, new SourceContext("carenews"));

        Assert.Equal(2, call.Windows.Count);
        Assert.Equal(Recurrence.Recurring, call.Recurrence);
        Assert.Equal(new DateOnly(2025, 12, 1), call.OpensOn);
        Assert.Equal(new DateOnly(2026, 1, 15), call.Deadline);
    }

    [Fact]
    public void Unreadable_fields_and_unknown_places_are_reported_not_guessed()
    {
        var raw = new RawCall("essor", "x", new Uri("https://essor.example/x"), "")
        {
            DeadlineText = "à venir",
            AmountText = "selon le projet",
            TerritoryText = "Quelque part",
        };

        var call = normalizer.Normalize(raw, new SourceContext("essor"));

        Assert.Equal("x", call.Title);
        Assert.Null(call.Deadline);
        Assert.Null(call.MaxAmountCents);
        Assert.Equal("nat:FR", call.Territory);
        Assert.Contains(ExtractionWarnings.TitleMissing, call.Warnings);
        Assert.Contains(ExtractionWarnings.DeadlineUnreadable, call.Warnings);
        Assert.Contains(ExtractionWarnings.DeadlineMissing, call.Warnings);
        Assert.Contains(ExtractionWarnings.AmountUnreadable, call.Warnings);
        Assert.Contains(ExtractionWarnings.TerritoryUnresolved, call.Warnings);
        Assert.Contains(ExtractionWarnings.FunderMissing, call.Warnings);
    }

    private static RawCall UsOrderedCall(string externalId, string deadline) =>
        new("opendata", externalId, new Uri("https://data.example/" + externalId), "Aide aux commerces de proximité")
        {
            DeadlineText = deadline,
            NumericDateFormat = "%m/%d/%Y",
        };

    [Fact]
    public void A_us_ordered_feed_is_read_month_first()
    {
        var raw = UsOrderedCall("7", "01/12/2026");

        var call = normalizer.Normalize(raw, new SourceContext("opendata"));

        Assert.Equal(new DateOnly(2026, 1, 12), call.Deadline);
    }

    [Fact]
    public void A_past_deadline_is_flagged()
    {
        var past = UsOrderedCall("8", "12/24/2025");

        var call = normalizer.Normalize(past, new SourceContext("opendata"));

        Assert.Contains(ExtractionWarnings.DeadlinePassed, call.Warnings);
    }

    [Fact]
    public void The_same_call_on_two_sources_gets_the_same_fingerprint()
    {
        var onFunderSite = new RawCall("fdf", "a", new Uri("https://fondation.example/aap/tiers-lieux"), "Tiers-lieux solidaires : appel à projets 2026")
        {
            DeadlineText = "Date limite de candidature : 15 mars 2026",
            FunderText = "Fondation de France",
        };
        var onNewsSite = new RawCall("carenews", "b", new Uri("https://news.example/appels/99"), "AAP Tiers lieux solidaires - Fondation de France")
        {
            DeadlineText = "Date de clôture : 15.03.2026",
            FunderText = "Fondation de France",
        };

        var first = normalizer.Normalize(onFunderSite, new SourceContext("fdf"));
        var second = normalizer.Normalize(onNewsSite, new SourceContext("carenews"));

        Assert.Equal(first.Fingerprint, second.Fingerprint);
        Assert.NotEqual(first.CanonicalUrl, second.CanonicalUrl);
    }

    [Fact]
    public void A_relative_application_link_is_made_absolute_against_the_page()
    {
        var raw = new RawCall("site", "1", new Uri("https://site.example/aides/appel-1"), "Appel à projets Sport santé")
        {
            ApplicationUrl = new Uri("../deposer?utm_campaign=x&ref=1", UriKind.Relative),
        };

        var call = normalizer.Normalize(raw, new SourceContext("site"));

        Assert.Equal("https://site.example/deposer?ref=1", call.ApplicationUrl);
    }

    [Theory]
    [InlineData("Région Grand Est, Ademe", "Région Grand Est|Ademe")]
    [InlineData("Ministère de l'Intérieur, des Outre-mer et des Collectivités territoriales", "Ministère de l'Intérieur, des Outre-mer et des Collectivités territoriales")]
    [InlineData("Fondation A ; Fondation B", "Fondation A|Fondation B")]
    public void Funders_are_split_on_separators_but_not_inside_a_name(string funderText, string expected)
    {
        var raw = new RawCall("site", "1", new Uri("https://site.example/1"), "Aide") { FunderText = funderText };

        Assert.Equal(expected, string.Join('|', normalizer.Normalize(raw, new SourceContext("site")).Funders));
    }

    [Fact]
    public void An_aggregator_item_keeps_the_funders_page_and_its_stated_facts()
    {
        var raw = new RawCall("aides-territoires", "123", new Uri("https://aides.example/aides/123/?utm_source=api"), "Soutien aux Ã©piceries solidaires")
        {
            OriginUrl = new Uri("https://Departement.example/aides/epiceries/?xtor=RSS"),
            RecurrenceText = "Permanente",
            IsCallForProjects = true,
            EligibilityText = "<p>Associations loi 1901 et CCAS de la Somme</p>",
            DeadlineText = "",
        };

        var call = normalizer.Normalize(raw, new SourceContext("aides-territoires"));

        Assert.Equal("Soutien aux épiceries solidaires", call.Title);
        Assert.Equal("https://aides.example/aides/123/", call.SourceUrl);
        Assert.Equal("https://departement.example/aides/epiceries/", call.OriginUrl);
        Assert.Equal("https://departement.example/aides/epiceries", call.CanonicalUrl);
        Assert.Equal(Recurrence.Permanent, call.Recurrence);
        Assert.True(call.IsCallForProjects);
        Assert.Equal("Associations loi 1901 et CCAS de la Somme", call.Eligibility);
        Assert.Equal(["association", "etablissement-public"], call.Beneficiaries);
        Assert.DoesNotContain(ExtractionWarnings.DeadlineMissing, call.Warnings);
    }
}
