namespace Plateforme.Web.Structures.Accompaniments;

public sealed class MeetingForm
{
    public DateOnly? On { get; set; }

    public string Note { get; set; } = "";
}
