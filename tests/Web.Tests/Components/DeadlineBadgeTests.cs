using Bunit;
using Plateforme.Web.Shared.Components;

namespace Plateforme.Web.Tests.Components;

public sealed class DeadlineBadgeTests : ComponentTestContext
{
    [Theory]
    [InlineData(5, "J-5", "urgent")]
    [InlineData(7, "J-7", "urgent")]
    [InlineData(8, "J-8", "soon")]
    [InlineData(14, "J-14", "soon")]
    [InlineData(15, "J-15", "later")]
    [InlineData(120, "J-120", "later")]
    public void Days_left_set_the_text_and_the_colour(int daysLeft, string text, string urgency)
    {
        var badge = Render<DeadlineBadge>(p => p.Add(b => b.Today, Today).Add(b => b.Deadline, Today.AddDays(daysLeft)));

        var span = badge.Find("[data-testid=deadline-badge]");
        Assert.StartsWith(text, span.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(urgency, span.GetAttribute("data-urgency"));
        Assert.Contains($"deadline-badge--{urgency}", span.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deadline_today_says_so_in_red()
    {
        var badge = Render<DeadlineBadge>(p => p.Add(b => b.Today, Today).Add(b => b.Deadline, Today));

        var span = badge.Find("[data-testid=deadline-badge]");
        Assert.Contains("Clôture aujourd'hui", span.TextContent, StringComparison.Ordinal);
        Assert.Equal("urgent", span.GetAttribute("data-urgency"));
    }

    [Fact]
    public void A_past_deadline_reads_closed_in_grey()
    {
        var badge = Render<DeadlineBadge>(p => p.Add(b => b.Today, Today).Add(b => b.Deadline, Today.AddDays(-1)));

        var span = badge.Find("[data-testid=deadline-badge]");
        Assert.StartsWith("Clos", span.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("closed", span.GetAttribute("data-urgency"));
        Assert.Contains("22 novembre 2026", span.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_readers_hear_the_days_left_and_the_date_not_only_the_colour()
    {
        var badge = Render<DeadlineBadge>(p => p.Add(b => b.Today, Today).Add(b => b.Deadline, new DateOnly(2026, 12, 1)));

        var hidden = badge.Find(".visually-hidden");
        Assert.Contains("Il reste 8 jours, jusqu'au 1er décembre 2026", hidden.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stated_time_is_part_of_the_date()
    {
        var badge = Render<DeadlineBadge>(p => p
            .Add(b => b.Today, Today)
            .Add(b => b.Deadline, new DateOnly(2027, 1, 15))
            .Add(b => b.DeadlineTime, new TimeOnly(17, 0)));

        Assert.Contains("15 janvier 2027 à 17\u00A0h", badge.Find(".visually-hidden").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_permanent_aid_has_no_deadline()
    {
        var permanent = Render<DeadlineBadge>(p => p.Add(b => b.Today, Today));

        Assert.Equal("Sans date limite", permanent.Find("[data-testid=deadline-badge]").TextContent.Trim());
    }

    [Fact]
    public void An_upcoming_call_says_when_it_opens()
    {
        var upcoming = Render<DeadlineBadge>(p => p
            .Add(b => b.Today, Today)
            .Add(b => b.OpensOn, new DateOnly(2026, 12, 3))
            .Add(b => b.Deadline, new DateOnly(2027, 3, 1)));

        Assert.StartsWith("Ouvre le 3 décembre 2026", upcoming.Find("[data-testid=deadline-badge]").TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("upcoming", upcoming.Find("[data-testid=deadline-badge]").GetAttribute("data-urgency"));
    }
}
