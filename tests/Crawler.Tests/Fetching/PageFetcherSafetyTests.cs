using System.IO.Compression;
using System.Net;
using System.Text;
using Plateforme.Crawler.Fetching;
using Plateforme.Crawler.Fetching.Decoding;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Plateforme.Crawler.Tests.Fetching;

public sealed class PageFetcherSafetyTests : IDisposable
{
    private const string Sentence = "Date limite de dépôt : 15 décembre";

    private readonly StubSite _site = StubSite.Start();

    public PageFetcherSafetyTests() =>
        _site.Server.Given(Request.Create().WithPath("/robots.txt")).RespondWith(Response.Create().WithStatusCode(404));

    [Fact]
    public async Task A_redirect_loop_fails_with_a_clear_reason()
    {
        Redirect("/a", "/b");
        Redirect("/b", "/a");
        using var fetcher = TestFetchers.Create();

        var result = await fetcher.FetchAsync(new FetchRequest(_site.Url("/a"), "src-1"), CancellationToken.None);

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Contains("boucle de redirection", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, _site.CountOf("/a"));
        Assert.Equal(1, _site.CountOf("/b"));
    }

    [Fact]
    public async Task Redirects_are_followed_to_the_final_url()
    {
        using var fetcher = ChainOfRedirects();

        var near = await fetcher.FetchAsync(new FetchRequest(_site.Url("/hop0"), "src-1"), CancellationToken.None);

        Assert.Equal(FetchOutcome.Fetched, near.Outcome);
        Assert.Equal(_site.Url("/hop2"), near.FinalUrl);
        Assert.Equal(_site.Url("/hop0"), near.RequestedUrl);
    }

    [Fact]
    public async Task Redirects_are_not_followed_past_the_limit()
    {
        using var fetcher = ChainOfRedirects();

        var far = await fetcher.FetchAsync(new FetchRequest(_site.Url("/hop3"), "src-1"), CancellationToken.None);

        Assert.Equal(FetchOutcome.Failed, far.Outcome);
        Assert.Contains("trop de redirections", far.Error, StringComparison.Ordinal);
    }

    /// <summary>/hop0 → /hop1 → … → /hop8, where /hop2 is a page; the fetcher follows at most three redirects.</summary>
    private PageFetcher ChainOfRedirects()
    {
        for (var i = 0; i < 8; i++)
        {
            Redirect($"/hop{i}", $"/hop{i + 1}");
        }

        Page("/hop2", "arrived", "text/plain; charset=utf-8");
        return TestFetchers.Create(options => options.MaxRedirects = 3);
    }

    [Fact]
    public async Task A_page_in_windows1252_declared_utf8_is_decoded_correctly()
    {
        var body = CharsetDecoder.Windows1252.GetBytes($"<html><head><meta charset=\"utf-8\"></head><body><p>{Sentence}</p></body></html>");
        _site.Server.Given(Request.Create().WithPath("/aap")).RespondWith(Response.Create().WithStatusCode(200)
            .WithHeader("Content-Type", "text/html; charset=UTF-8").WithBody(body));
        using var fetcher = TestFetchers.Create();

        var result = await fetcher.FetchAsync(new FetchRequest(_site.Url("/aap"), "src-1"), CancellationToken.None);

        Assert.Equal(FetchOutcome.Fetched, result.Outcome);
        Assert.Equal("text/html", result.ContentType);
        Assert.Contains(Sentence, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_in_utf8_declared_windows1252_is_decoded_correctly()
    {
        _site.Server.Given(Request.Create().WithPath("/aap")).RespondWith(Response.Create().WithStatusCode(200)
            .WithHeader("Content-Type", "text/html; charset=windows-1252").WithBody(Encoding.UTF8.GetBytes($"<p>{Sentence}</p>")));
        using var fetcher = TestFetchers.Create();

        var result = await fetcher.FetchAsync(new FetchRequest(_site.Url("/aap"), "src-1"), CancellationToken.None);

        Assert.Equal($"<p>{Sentence}</p>", result.Text);
    }

    [Fact]
    public async Task A_ten_megabyte_page_is_refused_as_too_large()
    {
        var tenMegabytes = new byte[10 * 1024 * 1024];
        Array.Fill(tenMegabytes, (byte)'a');
        _site.Server.Given(Request.Create().WithPath("/huge")).RespondWith(Response.Create().WithStatusCode(200)
            .WithHeader("Content-Type", "text/html").WithBody(tenMegabytes));
        using var fetcher = TestFetchers.Create();

        var result = await fetcher.FetchAsync(new FetchRequest(_site.Url("/huge"), "src-1"), CancellationToken.None);

        Assert.Equal(FetchOutcome.TooLarge, result.Outcome);
        Assert.Null(result.Text);
        Assert.Contains("5 Mo", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_small_gzip_body_inflating_past_the_cap_is_abandoned_while_streaming()
    {
        // About 10 KB on the wire, 10 MB once inflated, with no length known in advance: only the
        // streaming cap can stop it.
        using var compressed = new MemoryStream();
        await using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            var block = new byte[1024 * 1024];
            Array.Fill(block, (byte)'a');
            for (var i = 0; i < 10; i++)
            {
                await gzip.WriteAsync(block);
            }
        }

        _site.Server.Given(Request.Create().WithPath("/bomb")).RespondWith(Response.Create().WithStatusCode(200)
            .WithHeader("Content-Type", "text/html").WithHeader("Content-Encoding", "gzip").WithBody(compressed.ToArray()));
        using var fetcher = TestFetchers.Create(options => options.MaxBodyBytes = 1024 * 1024);

        var result = await fetcher.FetchAsync(new FetchRequest(_site.Url("/bomb"), "src-1"), CancellationToken.None);

        Assert.Equal(FetchOutcome.TooLarge, result.Outcome);
        Assert.Contains("1 Mo", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_gone_after_its_robots_txt_fails_with_plain_words()
    {
        using var fetcher = TestFetchers.Create();
        Page("/aides", "ok", "text/plain");
        await fetcher.FetchAsync(new FetchRequest(_site.Url("/aides"), "src-1"), CancellationToken.None); // robots.txt cached
        _site.Server.Stop();

        var result = await fetcher.FetchAsync(new FetchRequest(_site.Url("/aides"), "src-1"), CancellationToken.None);

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Contains("connexion impossible", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_accept_header_of_the_request_is_sent()
    {
        Page("/api", "[]", "application/json");
        using var fetcher = TestFetchers.Create();

        var result = await fetcher.FetchAsync(new FetchRequest(_site.Url("/api"), "src-1") { Accept = "application/json" }, CancellationToken.None);

        Assert.Equal(FetchOutcome.Fetched, result.Outcome);
        Assert.Equal("application/json", _site.HeaderOfLast("/api", "Accept"));
    }

    public void Dispose() => _site.Dispose();

    private void Redirect(string from, string to) =>
        _site.Server.Given(Request.Create().WithPath(from)).RespondWith(Response.Create().WithStatusCode(302).WithHeader("Location", to));

    private void Page(string path, string body, string contentType) =>
        _site.Server.Given(Request.Create().WithPath(path)).RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", contentType).WithBody(body));
}
