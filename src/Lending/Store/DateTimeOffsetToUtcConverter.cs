using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Plateforme.Lending.Store;

/// <summary>Hands Npgsql UTC instants whatever offset the caller used.</summary>
internal sealed class DateTimeOffsetToUtcConverter()
    : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
