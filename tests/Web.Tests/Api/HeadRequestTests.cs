using System.Net;

namespace Plateforme.Web.Tests.Api;

/// <summary>HEAD answers as GET does (status and headers), without a body, for pages and the API alike.</summary>
[Collection(AppCollection.Name)]
public sealed class HeadRequestTests(PlateformeApp app)
{
    private readonly HttpClient client = app.CreateClient();

    [Theory]
    [InlineData("/")]
    [InlineData("/recherche?q=jardin")]
    [InlineData("/api/calls")]
    [InlineData("/api/calls?q=jardin")]
    [InlineData("/api/reference/themes")]
    [InlineData("/health")]
    public async Task HEAD_answers_200_with_the_headers_of_GET_and_no_body(string path)
    {
        using var get = await client.GetAsync(new Uri(path, UriKind.Relative));
        using var headRequest = new HttpRequestMessage(HttpMethod.Head, new Uri(path, UriKind.Relative));
        using var head = await client.SendAsync(headRequest);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (get.StatusCode, head.StatusCode));
        Assert.Equal(get.Content.Headers.ContentType?.ToString(), head.Content.Headers.ContentType?.ToString());
        Assert.Equal(get.Headers.CacheControl?.ToString(), head.Headers.CacheControl?.ToString());
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/nulle-part")]
    [InlineData("/api/calls/inconnu-0000")]
    public async Task HEAD_of_what_does_not_exist_is_still_a_404(string path)
    {
        using var headRequest = new HttpRequestMessage(HttpMethod.Head, new Uri(path, UriKind.Relative));
        using var head = await client.SendAsync(headRequest);

        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
    }
}
