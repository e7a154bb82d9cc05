namespace Plateforme.Search.Catalogue;

/// <summary>
/// The windows of a call and which one is next. A call keeps its windows in <see cref="FundingCall.Windows"/> and
/// its NEXT window in its dates (<see cref="FundingCall.OpensOn"/>, <see cref="FundingCall.Deadline"/>): the one
/// place every status, filter, sort and feed reads. <see cref="Align"/> keeps the two in step.
/// </summary>
public static class CallWindows
{
    /// <summary>Every window, earliest deadline first; a call without a list has its one window (or none).</summary>
    public static IReadOnlyList<CallWindow> Of(FundingCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (call.Windows.Count > 0) return [.. call.Windows.OrderBy(w => w.ClosesOn)];
        return call.Deadline is { } deadline ? [new CallWindow(call.OpensOn, deadline, call.DeadlineTime)] : [];
    }

    /// <summary>The first window whose deadline is today or later; the last one when all have passed; null without any.</summary>
    public static CallWindow? Next(IReadOnlyList<CallWindow> windows, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(windows);
        if (windows.Count == 0) return null;
        var ordered = windows.OrderBy(w => w.ClosesOn).ToList();
        return ordered.FirstOrDefault(w => w.ClosesOn >= today) ?? ordered[^1];
    }

    /// <summary>
    /// Sorts and de-duplicates the windows (one per deadline) and drops a single window, which the dates hold alone.
    /// </summary>
    public static List<CallWindow> Normalize(IEnumerable<CallWindow> windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        var list = windows.GroupBy(w => w.ClosesOn).Select(g => g.First()).OrderBy(w => w.ClosesOn).ToList();
        return list.Count > 1 ? list : [];
    }

    /// <summary>
    /// Writes the next window into the call's dates when it has several; a call closed early keeps its dates.
    /// Returns true when a LATER window became the next one (an alert announces it).
    /// </summary>
    public static bool Align(FundingCall call, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (call.Windows.Count == 0 || call.ClosedOn is not null) return false;
        var next = Next(call.Windows, today)!;
        var moved = call.Deadline is { } current && next.ClosesOn > current;
        call.OpensOn = next.OpensOn;
        call.Deadline = next.ClosesOn;
        call.DeadlineTime = next.ClosesAt;
        return moved;
    }

    /// <summary>Windows after the next one (still to come), for « prochaines sessions ».</summary>
    public static IReadOnlyList<CallWindow> Later(FundingCall call, DateOnly today)
    {
        var all = Of(call);
        var next = Next(all, today);
        return next is null ? [] : [.. all.Where(w => w.ClosesOn > next.ClosesOn)];
    }
}
