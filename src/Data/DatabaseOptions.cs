using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Plateforme.Data;

/// <summary>"Database": one setting moves every module's tables (each in its own PostgreSQL schema).</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public const string DefaultConnectionString = "Data Source=data/plateforme.db";

    /// <summary>Sqlite (default) or PostgreSql.</summary>
    [EnumDataType(typeof(DatabaseProvider))]
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>A relative SQLite path is taken from the application's content root; its folder is created.</summary>
    [Required(AllowEmptyStrings = false)]
    public string ConnectionString { get; set; } = DefaultConnectionString;

    /// <summary>
    /// Reads the section while services are being registered (the provider decides which context types exist),
    /// so a wrong value stops the boot here with a message naming the setting, not the binder's type name.
    /// </summary>
    public static DatabaseOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SectionName);
        var options = new DatabaseOptions();
        var provider = section[nameof(Provider)];
        if (!string.IsNullOrWhiteSpace(provider))
        {
            // Enum.TryParse also accepts numbers and flag lists: only a declared name is a provider.
            var known = Enum.GetNames<DatabaseProvider>().FirstOrDefault(name => name.Equals(provider.Trim(), StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                throw new OptionsValidationException(SectionName, typeof(DatabaseOptions),
                    [$"{SectionName}:{nameof(Provider)} is '{provider}'; use {string.Join(" or ", Enum.GetNames<DatabaseProvider>())}."]);
            }

            options.Provider = Enum.Parse<DatabaseProvider>(known);
        }

        var connectionString = section[nameof(ConnectionString)];
        if (connectionString is not null) options.ConnectionString = connectionString;
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw new OptionsValidationException(SectionName, typeof(DatabaseOptions),
                [$"{SectionName}:{nameof(ConnectionString)} is empty; leave it out for the default ({DefaultConnectionString})."]);
        }

        return options;
    }
}
