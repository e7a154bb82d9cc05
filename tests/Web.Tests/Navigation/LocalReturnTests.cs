using Plateforme.Web.Shared.Navigation;

namespace Plateforme.Web.Tests.Navigation;

public sealed class LocalReturnTests
{
    private const string Fallback = "/compte";

    [Theory]
    [InlineData("/")]
    [InlineData("/recherche?theme=sport")]
    [InlineData("/prets/8d0c7a1e-2b4f-4c55-9c1e-1f0e6c7b2a10")]
    [InlineData("/recherche?q=%C3%A9conomie")]
    public void A_path_of_this_site_is_kept(string url)
    {
        Assert.Equal(url, LocalReturn.Or(url, Fallback));
    }

    [Theory]
    [InlineData("/é", "/%C3%A9")]
    [InlineData("/recherche?q=économie", "/recherche?q=%C3%A9conomie")]
    [InlineData("/recherche?q=cœur 🌱", "/recherche?q=c%C5%93ur%20%F0%9F%8C%B1")]
    public void Non_ASCII_letters_are_kept_and_percent_encoded_for_the_header(string url, string expected)
    {
        Assert.Equal(expected, LocalReturn.Or(url, Fallback));
    }

    [Theory]
    [InlineData("/recherche?q=jardin%20partag%C3%A9", "/recherche?q=jardin%20partag%C3%A9")]
    [InlineData("/recherche?q=jardin partagé", "/recherche?q=jardin%20partag%C3%A9")]
    [InlineData("/recherche?q=jardin+partag%C3%A9&theme=culture", "/recherche?q=jardin+partag%C3%A9&theme=culture")]
    public void A_multi_word_search_survives_as_a_return_address(string url, string expected)
    {
        Assert.Equal(expected, LocalReturn.Or(url, Fallback));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("\\\\evil.example")]
    [InlineData("/\t/evil.example")]
    [InlineData("/\n/evil.example")]
    [InlineData("/\r\n/evil.example")]
    [InlineData("/%09/evil.example")]
    [InlineData("/%0a/evil.example")]
    [InlineData("/%2F/evil.example")]
    [InlineData("/%2f%2fevil.example")]
    [InlineData("/%5Cevil.example")]
    [InlineData("/%252F/evil.example")]
    [InlineData("%2F%2Fevil.example")]
    [InlineData("\t//evil.example")]
    [InlineData(" /x")]
    [InlineData("/x y")]
    [InlineData("/x%20y")]
    [InlineData("/x?q=a\tb")]
    [InlineData("/x\u00a0y")]
    [InlineData("/x\u2028y")]
    [InlineData("/x\u0000y")]
    [InlineData("https://evil.example/")]
    [InlineData("http:/evil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("data:text/html,x")]
    [InlineData("evil.example")]
    [InlineData("recherche")]
    public void A_hostile_or_foreign_address_gives_the_fallback(string? url)
    {
        Assert.False(LocalReturn.IsLocal(url));
        Assert.Equal(Fallback, LocalReturn.Or(url, Fallback));
    }

    [Fact]
    public void A_lone_surrogate_gives_the_fallback()
    {
        // Built here: xUnit would turn a lone surrogate in InlineData into U+FFFD.
        var url = "/x" + (char)0xD800 + "y";

        Assert.Equal(Fallback, LocalReturn.Or(url, Fallback));
    }
}
