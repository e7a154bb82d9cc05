using Microsoft.Data.Sqlite;

namespace Plateforme.Data.Tests;

public sealed class SqlitePathsTests
{
    private static readonly string ContentRoot = Path.Combine(Path.GetTempPath(), "content-root");

    [Fact]
    public void A_relative_file_is_taken_from_the_content_root()
    {
        var resolved = SqlitePaths.Resolve("Data Source=data/plateforme.db;Pooling=False", ContentRoot);

        var builder = new SqliteConnectionStringBuilder(resolved);
        Assert.Equal(Path.Combine(ContentRoot, "data", "plateforme.db"), builder.DataSource);
        Assert.False(builder.Pooling);
    }

    [Theory]
    [InlineData("Data Source=/srv/plateforme/plateforme.db")]
    [InlineData("Data Source=:memory:")]
    [InlineData("Data Source=shared;Mode=Memory;Cache=Shared")]
    [InlineData("")]
    public void An_absolute_or_in_memory_database_is_left_as_it_is(string connectionString)
    {
        Assert.Equal(connectionString, SqlitePaths.Resolve(connectionString, ContentRoot));
    }

    [Fact]
    public void The_folder_of_the_file_is_created()
    {
        using var temp = new TempFolder();
        var connectionString = $"Data Source={temp.File(Path.Combine("nested", "deeper", "plateforme.db"))}";

        SqlitePaths.EnsureFolder(connectionString);

        Assert.True(Directory.Exists(Path.Combine(temp.Path, "nested", "deeper")));
    }
}
