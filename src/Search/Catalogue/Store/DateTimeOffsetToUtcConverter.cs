using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Plateforme.Search.Catalogue.Store;

/// <summary>Same instant, offset zero: what PostgreSQL's timestamptz accepts through Npgsql.</summary>
internal sealed class DateTimeOffsetToUtcConverter()
    : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v.ToUniversalTime());
