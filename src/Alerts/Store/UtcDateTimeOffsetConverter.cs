using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Plateforme.Alerts.Store;

/// <summary>Stores every instant with a zero offset, as PostgreSQL's timestamptz requires through Npgsql.</summary>
internal sealed class UtcDateTimeOffsetConverter()
    : ValueConverter<DateTimeOffset, DateTimeOffset>(value => value.ToUniversalTime(), value => value);
