using Plateforme.Crawler.Extraction.Html;

namespace Plateforme.Crawler.Tests.Extraction;

public sealed class HtmlCleanerTests
{
    private static readonly Uri PageUrl = new("https://www.region.example/aides/appels/tiers-lieux.html");
    private readonly HtmlCleaner cleaner = new();

    [Fact]
    public void A_script_inside_a_description_is_removed_with_its_code()
    {
        var html = cleaner.Sanitize("<p>Soutien aux tiers-lieux.</p><script>alert('x');document.cookie</script><p>Suite</p>", PageUrl);

        Assert.DoesNotContain("script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert", html, StringComparison.Ordinal);
        Assert.Contains("<p>Soutien aux tiers-lieux.</p>", html, StringComparison.Ordinal);
        Assert.Contains("Suite", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_iframe_and_a_style_block_disappear()
    {
        var html = cleaner.Sanitize("<p>Vidéo :</p><iframe src=\"https://video.example/embed/1\"></iframe><style>p{color:red}</style>", PageUrl);

        Assert.Equal("<p>Vidéo :</p>", html);
    }

    [Fact]
    public void Event_handlers_style_attributes_and_javascript_links_are_dropped()
    {
        var html = cleaner.Sanitize(
            "<p onclick=\"steal()\" style=\"color:red\" class=\"x\">Texte</p><a href=\"javascript:alert(1)\" onmouseover=\"x()\">lien</a><img src=x onerror=alert(1)>",
            PageUrl);

        Assert.DoesNotContain("onclick", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("<p>Texte</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Relative_links_become_absolute_against_the_page_url()
    {
        var html = cleaner.Sanitize("<p><a href=\"../reglement.pdf\">Règlement</a> et <a href=\"/contact\">contact</a></p>", PageUrl);

        Assert.Contains("href=\"https://www.region.example/aides/reglement.pdf\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://www.region.example/contact\"", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"nofollow noopener noreferrer\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Tracking_parameters_are_dropped_from_links_and_the_rest_is_kept()
    {
        var html = cleaner.Sanitize(
            "<a href=\"https://site.example/aap?id=42&amp;utm_source=newsletter&amp;utm_medium=email&amp;fbclid=abc&amp;xtor=EPR-1\">AAP</a>",
            PageUrl);

        Assert.Contains("href=\"https://site.example/aap?id=42\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_wrappers_keep_their_text()
    {
        var html = cleaner.Sanitize("<section><div><font color=red>Date limite : <span>15 mars</span></font></div></section>", PageUrl);

        Assert.Equal("Date limite : 15 mars", html);
    }

    [Fact]
    public void Clean_gives_plain_text_with_blocks_on_lines_and_a_summary_cut_at_a_word()
    {
        var description = "<h2>Objectifs</h2><p>Soutenir&nbsp;les   tiers-lieux solidaires.</p><ul><li>Un</li><li>Deux</li></ul><p>" + string.Concat(Enumerable.Repeat("texte long ", 60)) + "</p>";

        var cleaned = cleaner.Clean(description, PageUrl, summaryLength: 80);

        Assert.StartsWith("Objectifs\nSoutenir les tiers-lieux solidaires.\nUn\nDeux\n", cleaned.PlainText, StringComparison.Ordinal);
        Assert.True(cleaned.Summary.Length <= 80);
        Assert.EndsWith("…", cleaned.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", cleaned.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_input_gives_empty_output()
    {
        Assert.Equal(CleanedHtml.Empty, cleaner.Clean("   ", PageUrl));
        Assert.Equal("", HtmlCleaner.ToPlainText(null));
    }
}
