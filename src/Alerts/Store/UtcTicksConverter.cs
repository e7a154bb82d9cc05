using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Plateforme.Alerts.Store;

internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
