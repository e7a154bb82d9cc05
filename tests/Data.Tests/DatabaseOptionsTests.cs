using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Plateforme.Data.Tests;

public sealed class DatabaseOptionsTests
{
    [Fact]
    public void Without_a_Database_section_the_platform_uses_its_SQLite_file()
    {
        var options = DatabaseOptions.Read(Configuration());

        Assert.Equal(DatabaseProvider.Sqlite, options.Provider);
        Assert.Equal("Data Source=data/plateforme.db", options.ConnectionString);
    }

    [Fact]
    public void The_provider_is_read_whatever_its_case()
    {
        var options = DatabaseOptions.Read(Configuration(("Database:Provider", "postgresql"), ("Database:ConnectionString", "Host=db")));

        Assert.Equal(DatabaseProvider.PostgreSql, options.Provider);
        Assert.Equal("Host=db", options.ConnectionString);
    }

    [Theory]
    [InlineData("MySql")]
    [InlineData("1")]
    [InlineData("Sqlite,PostgreSql")]
    public void A_wrong_provider_stops_the_start_with_a_message_naming_the_setting(string provider)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = provider });

        var error = Assert.Throws<OptionsValidationException>(() => builder.Services.AddDatabaseOptions(builder.Configuration));

        Assert.Equal($"Database:Provider is '{provider}'; use Sqlite or PostgreSql.", error.Message);
    }

    [Fact]
    public void An_empty_connection_string_stops_the_start()
    {
        var error = Assert.Throws<OptionsValidationException>(() => DatabaseOptions.Read(Configuration(("Database:ConnectionString", " "))));

        Assert.Contains("Database:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_options_are_registered_once_and_validated_at_start()
    {
        var configuration = Configuration(("Database:Provider", "PostgreSql"), ("Database:ConnectionString", "Host=db"));
        var services = new ServiceCollection();

        services.AddDatabaseOptions(configuration);
        services.AddDatabaseOptions(configuration);

        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<DatabaseOptions>));
        using var provider = services.BuildServiceProvider();
        Assert.Equal(DatabaseProvider.PostgreSql, provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
}
