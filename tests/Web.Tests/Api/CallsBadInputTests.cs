namespace Plateforme.Web.Tests.Api;

[Collection(AppCollection.Name)]
public sealed class CallsBadInputTests(PlateformeApp app)
{
    private readonly HttpClient client = app.CreateClient();

    [Theory]
    [InlineData("beneficiary=martien", "beneficiary")]
    [InlineData("theme=inconnu", "theme")]
    [InlineData("aidType=cadeau", "aidType")]
    [InlineData("funder=personne-inconnue", "funder")]
    [InlineData("recurrence=parfois", "recurrence")]
    [InlineData("status=ouvert-demain", "status")]
    [InlineData("territory=80", "territory")]
    [InlineData("territory=dep:999", "territory")]
    [InlineData("territory=planete:terre", "territory")]
    [InlineData("deadlineFrom=31/12/2026", "deadlineFrom")]
    [InlineData("deadlineFrom=2026-12-31&deadlineTo=2026-01-01", "deadlineTo")]
    [InlineData("amountMin=-5", "amountMin")]
    [InlineData("amountMax=dix", "amountMax")]
    [InlineData("amountMin=12.345", "amountMin")]
    [InlineData("sort=random", "sort")]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("q=a&q=b", "q")]
    public async Task A_bad_parameter_gets_a_French_problem_naming_it(string query, string parameter)
    {
        var (status, contentType, body) = await client.GetRawAsync("/api/calls?" + query);

        Assert.Equal(400, status);
        Assert.Equal("application/problem+json", contentType);
        Assert.Equal("La requête contient des paramètres invalides.", body!.Value.GetProperty("title").GetString());
        var errors = body.Value.GetProperty("errors");
        Assert.True(errors.TryGetProperty(parameter, out var messages), $"errors name {parameter}: {errors}");
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
    }

    public static TheoryData<string> HostileTexts => new()
    {
        new string('a', 10_000),
        string.Join(' ', Enumerable.Repeat("insertion", 1500)),
        "*:(",
        "AND OR NOT",
        "\"unbalanced quote",
        "((((",
        "title:[a TO z]",
        "🎉🌱 jeunes 👩‍🎓",
        "'; DROP TABLE FundingCalls; --",
        "-",
        "- - -",
        "\"\"",
        "OR",
        "-insertion",
        "\\",
        "~2^3",
        "\u0000\u0001",
    };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public async Task Any_text_in_q_is_answered_without_a_server_error(string text)
    {
        var (status, _, _) = await client.GetRawAsync("/api/calls?q=" + Uri.EscapeDataString(text));

        Assert.True(status is 200 or 400, $"status {status}");
    }

    [Fact]
    public async Task A_text_longer_than_ten_thousand_characters_is_refused_clearly()
    {
        var (status, _, body) = await client.GetRawAsync("/api/calls?q=" + new string('b', 10_001));

        Assert.Equal(400, status);
        Assert.True(body!.Value.GetProperty("errors").TryGetProperty("q", out _));
    }

    [Fact]
    public async Task An_unknown_route_under_api_answers_a_problem_not_a_page()
    {
        var (status, contentType, _) = await client.GetRawAsync("/api/nothing-here");

        Assert.Equal(404, status);
        Assert.Equal("application/problem+json", contentType);
    }
}
