using Plateforme.Lending.Accompaniments;

namespace Plateforme.Web.Structures.Accompaniments;

public sealed class DecisionForm
{
    public DateOnly? CommitteeDate { get; set; }

    public AccompanimentDecision Decision { get; set; } = AccompanimentDecision.Favourable;

    public string Note { get; set; } = "";
}
