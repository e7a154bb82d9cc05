using Plateforme.Crawler.Sources.Definitions;

namespace Plateforme.Crawler.Tests.Sources.Definitions;

public sealed class SourceDefinitionLoaderTests
{
    [Fact]
    public void Parse_valid_html_listing_reads_every_part()
    {
        var definition = SourceDefinitionLoader.Parse(DefinitionJson.ValidHtml, "exemple.json");

        Assert.Equal("exemple", definition.Id);
        Assert.Equal(new FunderOrganisation("Ville d'Exemple", "ville-exemple"), definition.Funder);
        Assert.Equal(SourceKind.HtmlListing, definition.Kind);
        Assert.Equal(new Uri("https://www.exemple.fr/aap"), Assert.Single(definition.EntryUrls));
        Assert.Equal(PagingMode.NextLink, definition.Paging.Mode);
        Assert.Equal(20, definition.Paging.MaxPages);
        Assert.Equal("time@datetime", definition.Fields.Deadline);
        Assert.True(definition.Enabled);
        Assert.Equal(1, definition.Revision);
        Assert.Equal(["association"], definition.DefaultBeneficiaries);
    }

    [Theory]
    [InlineData("Feed", """{ "mode": "None" }""", "{}")]
    [InlineData("JsonApi", """{ "mode": "NextField", "nextField": "links.next" }""", """{ "item": "$.data[*]", "title": "attributes.title" }""")]
    [InlineData("Csv", """{ "mode": "None" }""", """{ "title": "intitule", "deadline": "date_limite_1|date_limite_2" }""")]
    [InlineData("AidesTerritoires", """{ "mode": "NextField", "nextField": "next" }""", "{}")]
    public void Parse_accepts_each_kind_with_its_own_mapping(string kind, string paging, string fields)
    {
        var json = DefinitionJson.With("kind", $"\"{kind}\"").Replace(
            """
              "paging": { "mode": "NextLink", "nextSelector": "a[rel=next]" },
              "fields": { "item": "li.aap", "title": "h3", "link": "h3 a", "deadline": "time@datetime" },
            """,
            $"""
              "paging": {paging},
              "fields": {fields},
            """,
            StringComparison.Ordinal);

        var definition = SourceDefinitionLoader.Parse(json, "exemple.json");

        Assert.Equal(Enum.Parse<SourceKind>(kind), definition.Kind);
    }

    [Fact]
    public void Broken_json_names_the_line()
    {
        var broken = DefinitionJson.ValidHtml.Replace("\"name\": \"Exemple\",", "\"name\": \"Exemple\"", StringComparison.Ordinal);

        var error = Assert.Throws<SourceDefinitionException>(() => SourceDefinitionLoader.Parse(broken, "exemple.json"));

        Assert.Equal("exemple.json", error.Origin);
        Assert.Contains("JSON mal formé", Assert.Single(error.Problems), StringComparison.Ordinal);
        Assert.Contains("ligne 5", error.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_properties_are_all_listed()
    {
        var json = DefinitionJson.Without("schedule").Replace("  \"licence\": \"© Ville d'Exemple\",\n", "", StringComparison.Ordinal);

        var error = Assert.Throws<SourceDefinitionException>(() => SourceDefinitionLoader.Parse(json, "exemple.json"));

        Assert.Equal(
            ["la propriété obligatoire « schedule » est absente.", "la propriété obligatoire « licence » est absente."],
            error.Problems);
        Assert.Contains("La définition de source « exemple.json » est invalide", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_cron_is_explained()
    {
        var error = Assert.Throws<SourceDefinitionException>(
            () => SourceDefinitionLoader.Parse(DefinitionJson.With("schedule", "\"tous les matins\""), "exemple.json"));

        Assert.Equal(
            "« schedule » (« tous les matins ») n'est pas une expression cron Quartz valide : six ou sept champs, secondes en premier, ex. « 0 30 5 * * ? ».",
            Assert.Single(error.Problems));
    }

    [Fact]
    public void A_five_field_unix_cron_is_refused()
    {
        var error = Assert.Throws<SourceDefinitionException>(
            () => SourceDefinitionLoader.Parse(DefinitionJson.With("schedule", "\"30 5 * * *\""), "exemple.json"));

        Assert.Contains("cron Quartz", Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_property_is_refused_rather_than_ignored()
    {
        var json = DefinitionJson.ValidHtml.Replace("\"deadline\":", "\"dealine\":", StringComparison.Ordinal);

        var error = Assert.Throws<SourceDefinitionException>(() => SourceDefinitionLoader.Parse(json, "exemple.json"));

        Assert.StartsWith("propriété inconnue : vérifiez son orthographe (à « $.fields.dealine »)", Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_kind_is_refused()
    {
        var error = Assert.Throws<SourceDefinitionException>(
            () => SourceDefinitionLoader.Parse(DefinitionJson.With("kind", "\"Html\""), "exemple.json"));

        Assert.Contains("(à « $.kind »)", Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_rule_broken_is_reported_at_once()
    {
        var json = DefinitionJson.ValidHtml
            .Replace("\"id\": \"exemple\"", "\"id\": \"Exemple Ville\"", StringComparison.Ordinal)
            .Replace("\"https://www.exemple.fr/aap\"", "\"ftp://www.exemple.fr/aap\"", StringComparison.Ordinal)
            .Replace("\"title\": \"h3\", ", "", StringComparison.Ordinal)
            .Replace("\"com:80021\"", "\"Amiens\"", StringComparison.Ordinal)
            .Replace("\"a[rel=next]\"", "\"a[rel=next\"", StringComparison.Ordinal);

        var error = Assert.Throws<SourceDefinitionException>(() => SourceDefinitionLoader.Parse(json, "exemple.json"));

        Assert.Equal(
            [
                "l'identifiant « Exemple Ville » doit être écrit en minuscules, chiffres et tirets (ex. « ville-amiens »).",
                "l'adresse d'entrée « ftp://www.exemple.fr/aap » doit être absolue et commencer par http:// ou https://.",
                "« defaultTerritory » (« Amiens ») doit s'écrire « niveau:code », ex. « dep:80 », « reg:32 », « com:80021 ».",
                "« fields.title » est obligatoire : le sélecteur CSS du titre.",
                "« paging.nextSelector » : « a[rel=next » n'est pas un sélecteur CSS valide.",
            ],
            error.Problems);
    }

    [Fact]
    public void The_id_must_match_the_file_name()
    {
        var error = Assert.Throws<SourceDefinitionException>(() => SourceDefinitionLoader.Parse(DefinitionJson.ValidHtml, "autre.json"));

        Assert.Equal("l'identifiant « exemple » doit être le nom du fichier (« exemple.json »).", Assert.Single(error.Problems));
    }

    [Theory]
    [InlineData("\"dd/MM/yyyy\"", true)]
    [InlineData("\"MM/dd/yyyy\"", true)]
    [InlineData("\"yyyyMMdd\"", true)]
    [InlineData("\"MM/yyyy\"", false)]
    [InlineData("\"jj/mm/aaaa\"", false)]
    public void Date_formats_must_carry_day_month_and_year(string format, bool valid)
    {
        var json = DefinitionJson.ValidHtml.Replace("\"schedule\":", $"\"dateFormat\": {format},\n  \"schedule\":", StringComparison.Ordinal);

        var problems = Record.Exception(() => SourceDefinitionLoader.Parse(json, "exemple.json")) as SourceDefinitionException;

        Assert.Equal(valid, problems is null);
    }

    [Fact]
    public void Paging_rules_are_checked_against_the_kind()
    {
        var json = DefinitionJson.With("paging", """{ "mode": "NextField", "nextField": "next" }""");

        var error = Assert.Throws<SourceDefinitionException>(() => SourceDefinitionLoader.Parse(json, "exemple.json"));

        Assert.Equal("« paging.mode » NextField n'est pas possible pour une source HtmlListing (possibles : None, NextLink, UrlPattern).", Assert.Single(error.Problems));
    }

    [Fact]
    public void A_url_pattern_needs_a_placeholder()
    {
        var json = DefinitionJson.With("paging", """{ "mode": "UrlPattern", "urlPattern": "https://www.exemple.fr/aap/page", "start": 2 }""");

        var error = Assert.Throws<SourceDefinitionException>(() => SourceDefinitionLoader.Parse(json, "exemple.json"));

        Assert.Equal("« paging.urlPattern » doit être une adresse absolue contenant « {page} » ou « {offset} ».", Assert.Single(error.Problems));
    }

    [Fact]
    public void Directory_files_are_loaded_and_validated()
    {
        var directory = Directory.CreateTempSubdirectory("definitions-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "exemple.json"), DefinitionJson.ValidHtml);

            var definitions = SourceDefinitionLoader.LoadDirectory(directory.FullName);

            Assert.Equal("exemple", Assert.Single(definitions).Id);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
