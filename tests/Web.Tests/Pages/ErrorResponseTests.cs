using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Plateforme.Web.Tests.Pages;

/// <summary>Requests that used to end in a bare 500: each gets a status of its own and a French page, never a stack trace.</summary>
[Collection(AppCollection.Name)]
public sealed class ErrorResponseTests(PlateformeApp app)
{
    private readonly HttpClient client = app.CreateClient();

    /// <summary>Sends <paramref name="request"/> as written, over a plain socket: HttpClient always adds a Host.</summary>
    private async Task<(int Status, string Text)> RawAsync(string request)
    {
        var address = client.BaseAddress!;
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        // HTTP/1.0 and "Connection: close": the server closes once the response is written.
        var text = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
        var status = int.Parse(text.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, text);
    }

    [Theory]
    [InlineData("GET / HTTP/1.0\r\n\r\n")]
    [InlineData("GET /recherche?q=sport HTTP/1.0\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: \r\nConnection: close\r\n\r\n")]
    public async Task A_request_without_a_host_gets_a_French_bad_request(string request)
    {
        var (status, text) = await RawAsync(request);

        Assert.Equal(400, status);
        Assert.Contains("Requête incorrecte", WebUtility.HtmlDecode(text), StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_that_throws_shows_the_French_error_page()
    {
        using var response = await client.GetAsync(new Uri(FailingPath.Path, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Une erreur s'est produite", WebUtility.HtmlDecode(text), StringComparison.Ordinal);
        Assert.DoesNotContain("Panne voulue", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }
}
