namespace Plateforme.Web.Shared.Display;

public enum DeadlineUrgency
{
    /// <summary>No deadline: a permanent aid.</summary>
    None,

    /// <summary>Not open yet.</summary>
    Upcoming,

    /// <summary>More than two weeks left.</summary>
    Later,

    /// <summary>Two weeks or less.</summary>
    Soon,

    /// <summary>A week or less, today included.</summary>
    Urgent,

    Closed,
}
