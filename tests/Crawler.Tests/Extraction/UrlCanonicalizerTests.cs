using Plateforme.Crawler.Extraction.Identity;

namespace Plateforme.Crawler.Tests.Extraction;

public sealed class UrlCanonicalizerTests
{
    [Theory]
    [InlineData("HTTPS://WWW.Region.Example:443/Aides/AAP/?b=2&a=1#candidater", "https://www.region.example/Aides/AAP?a=1&b=2")]
    [InlineData("http://site.example:80/", "http://site.example/")]
    [InlineData("http://site.example", "http://site.example/")]
    [InlineData("https://site.example:8443/appel", "https://site.example:8443/appel")]
    [InlineData("https://site.example/appel?utm_source=x&utm_campaign=y&id=7&fbclid=z&gclid=1&mc_cid=2&mc_eid=3&xtor=4", "https://site.example/appel?id=7")]
    [InlineData("https://site.example/appel?pk_campaign=a&mtm_source=b&at_medium=c", "https://site.example/appel")]
    [InlineData("https://site.example/appel/?id=2&id=1", "https://site.example/appel?id=1&id=2")]
    [InlineData("https://site.example/liste?page=2&q=Tiers%20lieux", "https://site.example/liste?page=2&q=Tiers%20lieux")]
    public void Canonicalize_gives_one_spelling_per_page(string url, string expected)
    {
        Assert.Equal(expected, UrlCanonicalizer.Canonicalize(url));
    }

    [Fact]
    public void Two_spellings_of_the_same_page_are_equal_once_canonical()
    {
        var fromNewsletter = UrlCanonicalizer.Canonicalize("https://Fondation.example/appels/tiers-lieux/?utm_source=lettre#dates");
        var fromListing = UrlCanonicalizer.Canonicalize("https://fondation.example/appels/tiers-lieux");

        Assert.Equal(fromListing, fromNewsletter);
    }

    [Theory]
    [InlineData("mailto:contact@example.org")]
    [InlineData("/relative/path")]
    [InlineData("pas une url")]
    [InlineData(null)]
    public void Canonicalize_refuses_what_is_not_an_absolute_web_url(string? url)
    {
        Assert.Null(UrlCanonicalizer.Canonicalize(url));
    }

    [Fact]
    public void RemoveTrackingParameters_keeps_order_and_fragment()
    {
        var cleaned = UrlCanonicalizer.RemoveTrackingParameters(new Uri("https://site.example/a?z=1&utm_medium=mail&b=2#section"));

        Assert.Equal("https://site.example/a?z=1&b=2#section", cleaned.AbsoluteUri);
    }
}
