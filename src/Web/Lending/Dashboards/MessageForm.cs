namespace Plateforme.Web.Lending.Dashboards;

/// <summary>A carrier's message to supporters, as posted.</summary>
public sealed class MessageForm
{
    public string Text { get; set; } = "";
}
