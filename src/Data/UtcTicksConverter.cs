using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Plateforme.Data;

/// <summary>Stores an instant as UTC ticks (an integer SQLite can sort and compare); reads it back in UTC.</summary>
public sealed class UtcTicksConverter()
    : ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
