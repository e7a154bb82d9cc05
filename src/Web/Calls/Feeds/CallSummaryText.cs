using System.Globalization;
using Plateforme.Search.Indexing;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Display;

namespace Plateforme.Web.Calls.Feeds;

/// <summary>The few lines a feed entry says of a call: its summary, deadline and funders.</summary>
internal static class CallSummaryText
{
    public static string For(CallDocument call, bool publicUnstated = false)
    {
        var lines = new List<string>();
        if (!string.IsNullOrWhiteSpace(call.Summary)) lines.Add(call.Summary.Trim());
        if (call.Publics.Count > 0)
        {
            lines.Add(string.Format(CultureInfo.CurrentCulture, AlertText.FeedPublics, string.Join(", ", call.Publics.Select(p => p.Label))));
        }
        else if (publicUnstated)
        {
            lines.Add(AlertText.FeedPublicUnstated);
        }
        if (call.Deadline is { } deadline)
        {
            lines.Add(string.Format(CultureInfo.CurrentCulture, AlertText.CalendarEvent, FrenchFormat.Deadline(deadline, call.DeadlineTime)));
        }
        if (call.Funders.Count > 0)
        {
            lines.Add(string.Format(CultureInfo.CurrentCulture, AlertText.CalendarDescriptionFunders, string.Join(", ", call.Funders.Select(f => f.Label))));
        }
        return string.Join("\n", lines);
    }
}
