using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Plateforme.Data;

/// <summary>How every context stores a <see cref="DateTimeOffset"/>: one line in its ConfigureConventions.</summary>
public static class InstantConventions
{
    /// <summary>
    /// SQLite has no date-time type (EF would store text it cannot order or compare): UTC ticks.
    /// PostgreSQL: timestamptz, handed UTC values.
    /// </summary>
    public static ModelConfigurationBuilder StoreInstantsAsUtc(this ModelConfigurationBuilder configurationBuilder, DatabaseFacade database) =>
        configurationBuilder.StoreInstantsAsUtc(database.ProviderOf());

    public static ModelConfigurationBuilder StoreInstantsAsUtc(this ModelConfigurationBuilder configurationBuilder, DatabaseProvider provider)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        if (provider == DatabaseProvider.Sqlite) configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        else configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcConverter>();
        return configurationBuilder;
    }
}
