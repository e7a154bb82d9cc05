using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Plateforme.Accounts.Store;

internal sealed class UtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value);
