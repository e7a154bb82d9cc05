using Plateforme.Crawler.Sources;

namespace Plateforme.Crawler.Tests.Sources.Connectors;

public sealed class UrlHandlingTests
{
    [Theory]
    [InlineData("https://a.fr/x?utm_source=n&utm_medium=e&id=3#top", "https://a.fr/x?id=3")]
    [InlineData("https://a.fr/x?fbclid=IwAR&xtor=RSS-1", "https://a.fr/x")]
    [InlineData("https://a.fr/x?page=2&mtm_campaign=a&pk_kwd=b&at_medium=c", "https://a.fr/x?page=2")]
    [InlineData("https://a.fr/recherche?q=%C3%A9t%C3%A9&type=aap", "https://a.fr/recherche?q=%C3%A9t%C3%A9&type=aap")]
    public void Tracking_parameters_and_fragments_are_dropped(string url, string expected) =>
        Assert.Equal(expected, UrlCleaner.Clean(new Uri(url)).AbsoluteUri);

    [Fact]
    public void The_rewriter_swaps_the_site_root_both_ways_and_leaves_other_hosts()
    {
        var rewriter = new SourceUrlRewriter([new BaseUrlOverride { Public = "https://www.somme.fr", Local = "http://127.0.0.1:5123/" }]);

        Assert.Equal("http://127.0.0.1:5123/aap/?page=1", rewriter.ToFetch(new Uri("https://www.somme.fr/aap/?page=1")).AbsoluteUri);
        Assert.Equal("https://www.somme.fr/aap/", rewriter.ToPublic(new Uri("http://127.0.0.1:5123/aap/")).AbsoluteUri);
        Assert.Equal("https://www.amiens.fr/", rewriter.ToFetch(new Uri("https://www.amiens.fr/")).AbsoluteUri);
        Assert.Equal("https://www.somme.fr/x", SourceUrlRewriter.None.ToFetch(new Uri("https://www.somme.fr/x")).AbsoluteUri);
    }
}
