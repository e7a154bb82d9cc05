using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Plateforme.Data;

/// <summary>Same instant, offset zero: Npgsql writes timestamptz only from UTC values, and callers may hand us Paris times.</summary>
public sealed class UtcConverter()
    : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v.ToUniversalTime());
