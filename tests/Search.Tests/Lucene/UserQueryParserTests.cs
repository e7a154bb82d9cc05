using Plateforme.Search.Indexing.Lucene.Querying;

namespace Plateforme.Search.Tests.Lucene;

public class UserQueryParserTests
{
    /// <summary>Required groups are written "a|b" (alternatives joined by OR), phrases in quotes, exclusions with "-".</summary>
    [Theory]
    [InlineData("insertion jeunes", "insertion ; jeunes", "")]
    [InlineData("\"économie sociale\" emploi", "\"économie sociale\" ; emploi", "")]
    [InlineData("emploi -sport", "emploi", "sport")]
    [InlineData("emploi -\"politique de la ville\"", "emploi", "\"politique de la ville\"")]
    [InlineData("culture OR sport", "culture|sport", "")]
    [InlineData("culture OR sport OR \"arts vivants\" jeunes", "culture|sport|\"arts vivants\" ; jeunes", "")]
    [InlineData("culture or sport", "culture ; or ; sport", "")]
    [InlineData("culture ou sport", "culture ; ou ; sport", "")]
    [InlineData("OR culture", "culture", "")]
    [InlineData("culture OR", "culture", "")]
    [InlineData("culture OR OR sport", "culture|sport", "")]
    [InlineData("culture OR -sport", "culture", "sport")]
    [InlineData("\"insertion professionnelle", "\"insertion professionnelle\"", "")]
    [InlineData("emploi \"", "emploi", "")]
    [InlineData("« insertion professionnelle »", "\" insertion professionnelle \"", "")]
    [InlineData("AND NOT", "AND ; NOT", "")]
    [InlineData("Hauts-de-France", "Hauts-de-France", "")]
    [InlineData("- emploi", "- ; emploi", "")]
    [InlineData("-sport -culture", "", "sport ; culture")]
    [InlineData("   ", "", "")]
    public void Parse_reads_the_simple_query_language(string text, string required, string excluded)
    {
        var parsed = UserQueryParser.Parse(text);

        Assert.Equal(required, string.Join(" ; ", parsed.Required.Select(group => string.Join('|', group.Select(Show)))));
        Assert.Equal(excluded, string.Join(" ; ", parsed.Excluded.Select(Show)));
    }

    [Theory]
    [InlineData("*:(")]
    [InlineData("title:(emploi OR \"")]
    [InlineData("AND OR NOT")]
    [InlineData("🚀🎉 emploi 👩‍🌾")]
    [InlineData("'; DROP TABLE calls;--")]
    [InlineData("\"\"\"\"\"")]
    [InlineData("-\"")]
    [InlineData("-")]
    [InlineData("emploi~2 jeune* ^3 [a TO z] {x} \\ / ! && || +")]
    [InlineData("\0\u200b\ud800")]
    public void Parse_never_throws_on_nasty_input(string text)
    {
        var parsed = UserQueryParser.Parse(text);

        Assert.NotNull(parsed);
    }

    [Fact]
    public void Parse_reads_only_the_first_items_of_a_huge_text()
    {
        var text = string.Join(' ', Enumerable.Range(0, 2_000).Select(i => $"mot{i}"));

        var parsed = UserQueryParser.Parse(text);

        Assert.Equal(UserQueryParser.MaxItems, parsed.Required.Count);
    }

    [Fact]
    public void Parse_keeps_where_each_word_sits_in_the_text()
    {
        const string text = "aide \"jeunes ruraux\" insertoin";

        var items = UserQueryParser.Parse(text).Required.SelectMany(group => group).ToList();

        Assert.All(items, item => Assert.Equal(item.Text, text.Substring(item.Start, item.Length)));
    }

    private static string Show(QueryItem item) => item.IsPhrase ? $"\"{item.Text}\"" : item.Text;
}
