using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Plateforme.Lending.Store;

/// <summary>Stores an instant as UTC ticks (an integer SQLite can sort and compare); reads it back in UTC.</summary>
internal sealed class DateTimeOffsetToUtcTicksConverter()
    : ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
