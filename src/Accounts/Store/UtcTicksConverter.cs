using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Plateforme.Accounts.Store;

internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
