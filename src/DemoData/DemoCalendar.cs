using Plateforme.Search.Catalogue;

namespace Plateforme.DemoData;

/// <summary>
/// Dates of a demo call around "today": about a fifth closed (deadlines up to six months ago), a tenth upcoming,
/// a tenth permanent, the rest open with deadlines up to nine months ahead, some of them closing soon.
/// </summary>
internal static class DemoCalendar
{
    public static void Fill(FundingCall call, DateOnly today, bool isProgramme, DemoFunding funding, DemoRandom random)
    {
        var permanentByNature = funding is DemoFunding.Loans or DemoFunding.Engineering && random.Chance(0.4);
        var draw = random.NextDouble();
        if (permanentByNature || (draw >= 0.30 && draw < 0.40))
        {
            call.Recurrence = Recurrence.Permanent;
            call.OpensOn = random.Chance(0.6) ? today.AddDays(-random.Between(30, 700)) : null;
            call.Deadline = null;
            return;
        }

        if (draw < 0.20)
        {
            var deadline = today.AddDays(-random.Between(1, 180));
            call.Deadline = deadline;
            call.OpensOn = random.Chance(0.85) ? deadline.AddDays(-random.Between(30, 120)) : null;
        }
        else if (draw < 0.30)
        {
            var opens = today.AddDays(random.Between(1, 60));
            call.OpensOn = opens;
            call.Deadline = random.Chance(0.9) ? opens.AddDays(random.Between(30, 150)) : null;
        }
        else
        {
            call.OpensOn = random.Chance(0.85) ? today.AddDays(-random.Between(1, 150)) : null;
            call.Deadline = random.Chance(0.12) ? today.AddDays(random.Between(0, 14)) : today.AddDays(random.Between(15, 270));
        }
        call.Recurrence = random.Chance(isProgramme ? 0.7 : 0.12) ? Recurrence.Recurring : Recurrence.OneOff;
    }

    /// <summary>Creation, publication and last update, all before today: the catalogue's own bookkeeping.</summary>
    public static void Stamp(FundingCall call, DateOnly today, DemoRandom random)
    {
        var anchor = call.OpensOn is { } opens && opens < today ? opens : today;
        var publishedOn = anchor.AddDays(-random.Between(3, 40));
        var earliest = today.AddDays(-240);
        if (publishedOn < earliest) publishedOn = earliest.AddDays(random.Between(0, 20));

        var published = At(publishedOn, random.Between(7 * 60, 18 * 60));
        call.PublishedAt = published;
        call.CreatedAt = published.AddMinutes(-random.Between(10, 72 * 60));
        var updated = published.AddDays(random.Chance(0.6) ? 0 : random.Between(1, 30)).AddMinutes(random.Between(0, 120));
        var limit = At(today, 0);
        call.UpdatedAt = updated < limit ? updated : limit;
    }

    private static DateTimeOffset At(DateOnly date, int minuteOfDay) =>
        new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddMinutes(minuteOfDay);
}
