using Plateforme.Crawler.Fetching.Robots;

namespace Plateforme.Crawler.Tests.Fetching;

public sealed class RobotsParserTests
{
    private const string Token = "PlateformeBot";

    [Theory]
    [InlineData("User-agent: *\nDisallow: /private", "/private/page", false)]
    [InlineData("User-agent: *\nDisallow: /private", "/public", true)]
    [InlineData("User-agent: *\nDisallow: /private", "/privateer", false)] // a prefix, not a folder
    [InlineData("User-agent: *\nDisallow:", "/anything", true)] // empty Disallow forbids nothing
    [InlineData("User-agent: *\nDisallow: /", "/", false)]
    [InlineData("User-agent: *\nDisallow: /", "/robots.txt", true)] // robots.txt itself is always allowed
    [InlineData("", "/anything", true)]
    [InlineData("Disallow: /\n", "/anything", true)] // rules before any user-agent belong to no group
    [InlineData("# only a comment\n", "/x", true)]
    public void Basic_rules(string robots, string path, bool allowed) => AssertAllowed(robots, path, allowed);

    [Theory]
    [InlineData("/page", true)] // Allow /page is longer than Disallow /
    [InlineData("/other", false)]
    [InlineData("/page/sub", true)]
    public void Longest_match_wins_whatever_the_order(string path, bool allowed)
    {
        AssertAllowed("User-agent: *\nAllow: /page\nDisallow: /", path, allowed);
        AssertAllowed("User-agent: *\nDisallow: /\nAllow: /page", path, allowed);
    }

    [Theory]
    [InlineData("User-agent: *\nDisallow: /folder/\nAllow: /folder/page", "/folder/page", true)]
    [InlineData("User-agent: *\nAllow: /folder/\nDisallow: /folder/page", "/folder/page", false)]
    [InlineData("User-agent: *\nAllow: /same\nDisallow: /same", "/same", true)] // a tie goes to Allow
    [InlineData("User-agent: *\nDisallow: /same\nAllow: /same", "/same", true)]
    public void Specificity_and_ties(string robots, string path, bool allowed) => AssertAllowed(robots, path, allowed);

    [Theory]
    [InlineData("/*.pdf$", "/docs/file.pdf", false)]
    [InlineData("/*.pdf$", "/docs/file.pdf?x=1", true)] // '$' anchors the end
    [InlineData("/*.pdf", "/docs/file.pdf?x=1", false)]
    [InlineData("/*?", "/page?session=1", false)]
    [InlineData("/*?", "/page", true)]
    [InlineData("/aides/*/archives", "/aides/2024/archives/1", false)]
    [InlineData("/aides/*/archives", "/aides/archives", true)]
    [InlineData("/fish*", "/fish", false)] // a trailing '*' is the same as none
    [InlineData("/fish$", "/fish", false)]
    [InlineData("/fish$", "/fish/", true)]
    [InlineData("*/private", "/a/b/private", false)]
    [InlineData("/**/x", "/a/x", false)]
    [InlineData("/*a*b*c", "/xxaxxbxxd", true)]
    [InlineData("/*a*b*c", "/xxaxxbxxc", false)]
    public void Wildcards_and_end_anchor(string pattern, string path, bool allowed) =>
        AssertAllowed($"User-agent: *\nDisallow: {pattern}", path, allowed);

    [Theory]
    [InlineData("User-agent: PlateformeBot\nDisallow: /ours\n\nUser-agent: *\nDisallow: /", "/ours", false)]
    [InlineData("User-agent: PlateformeBot\nDisallow: /ours\n\nUser-agent: *\nDisallow: /", "/elsewhere", true)] // our group replaces '*'
    [InlineData("User-agent: plateformebot\nDisallow: /x", "/x", false)] // case-insensitive
    [InlineData("User-agent: PlateformeBot/1.0\nDisallow: /x", "/x", false)] // version ignored
    [InlineData("User-agent: Plateforme\nDisallow: /x\n\nUser-agent: *\nDisallow: /", "/y", true)] // a prefix of our token
    [InlineData("User-agent: Plateforme\nDisallow: /x\n\nUser-agent: PlateformeBot\nDisallow: /y", "/x", true)] // most specific wins
    [InlineData("User-agent: Googlebot\nDisallow: /", "/page", true)] // another crawler's group
    [InlineData("User-agent: Googlebot\nDisallow: /\n\nUser-agent: *\nDisallow: /star", "/star", false)]
    [InlineData("User-agent: PlateformeBotExtra\nDisallow: /", "/page", true)] // longer than our token: not us
    public void Group_selection(string robots, string path, bool allowed) => AssertAllowed(robots, path, allowed);

    [Fact]
    public void Consecutive_user_agent_lines_share_one_group()
    {
        const string Robots = "User-agent: Googlebot\nUser-agent: PlateformeBot\nDisallow: /shared\n\nUser-agent: *\nDisallow: /";

        AssertAllowed(Robots, "/shared/a", false);
        AssertAllowed(Robots, "/other", true);
    }

    [Fact]
    public void Groups_naming_our_token_twice_are_merged()
    {
        const string Robots = "User-agent: PlateformeBot\nDisallow: /a\n\nUser-agent: *\nDisallow: /b\n\nUser-agent: PlateformeBot\nDisallow: /c";

        AssertAllowed(Robots, "/a", false);
        AssertAllowed(Robots, "/c", false);
        AssertAllowed(Robots, "/b", true);
    }

    [Theory]
    [InlineData("User-agent: *\r\nDisallow: /crlf\r\n", "/crlf", false)]
    [InlineData("USER-AGENT: *\nDISALLOW: /upper", "/upper", false)]
    [InlineData("User-agent: * # everyone\nDisallow: /x # private\n", "/x", false)]
    [InlineData("User-agent: *\nDisallow: x", "/x", false)] // missing leading slash
    [InlineData("User-agent: *\nSitemap: https://example.org/sitemap.xml\nDisallow: /x", "/x", false)]
    [InlineData("User-agent: *\nnonsense line\nDisallow: /x", "/x", false)]
    [InlineData("\uFEFFUser-agent: *\nDisallow: /bom", "/bom", true)] // a BOM is stripped by the decoder, not here
    public void Tolerates_real_world_spelling(string robots, string path, bool allowed) => AssertAllowed(robots, path, allowed);

    [Theory]
    [InlineData("/d%C3%A9p%C3%B4t", "/dépôt", false)]
    [InlineData("/dépôt", "/d%c3%a9p%c3%b4t", false)]
    [InlineData("/%7Euser", "/~user", false)] // encoded unreserved character
    [InlineData("/a%2Fb", "/a/b", true)] // an encoded slash is not a slash
    public void Percent_encoding_is_normalised(string pattern, string path, bool allowed) =>
        AssertAllowed($"User-agent: *\nDisallow: {pattern}", path, allowed);

    [Theory]
    [InlineData("User-agent: *\nCrawl-delay: 5", 5.0)]
    [InlineData("User-agent: *\nCrawl-delay: 0.5", 0.5)]
    [InlineData("User-agent: *\nCrawl-delay: soon", null)]
    [InlineData("User-agent: *\nCrawl-delay: -3", null)]
    [InlineData("User-agent: PlateformeBot\nCrawl-delay: 2\n\nUser-agent: *\nCrawl-delay: 9", 2.0)]
    [InlineData("User-agent: Googlebot\nCrawl-delay: 9", null)]
    public void Crawl_delay_of_the_chosen_group(string robots, double? seconds)
    {
        var rules = RobotsParser.Parse(robots, Token);

        Assert.Equal(seconds is null ? null : TimeSpan.FromSeconds(seconds.Value), rules.CrawlDelay);
    }

    [Fact]
    public void A_huge_pattern_list_is_matched_quickly()
    {
        var robots = "User-agent: *\n" + string.Concat(Enumerable.Range(0, 5_000).Select(i => $"Disallow: /*a*b*c*{i}\n"));
        var rules = RobotsParser.Parse(robots, Token);

        Assert.True(rules.IsAllowed("/" + new string('a', 200)));
    }

    private static void AssertAllowed(string robots, string path, bool allowed) =>
        Assert.Equal(allowed, RobotsParser.Parse(robots, Token).IsAllowed(path));
}
