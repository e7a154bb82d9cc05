using Plateforme.Lending.Accompaniments;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Shared.Structures;

/// <summary>The French words of accompaniment decisions and financing kinds.</summary>
public static class AccompanimentLabels
{
    public static string Decision(AccompanimentDecision decision) => decision switch
    {
        AccompanimentDecision.Favourable => StructureUi.DecisionFavourable,
        AccompanimentDecision.Unfavourable => StructureUi.DecisionUnfavourable,
        _ => StructureUi.DecisionPending,
    };

    public static string Financing(FinancingKind kind) => kind switch
    {
        FinancingKind.PretDHonneur => StructureUi.FinancingPretDHonneur,
        FinancingKind.BankLoan => StructureUi.FinancingBankLoan,
        FinancingKind.Grant => StructureUi.FinancingGrant,
        _ => StructureUi.FinancingOther,
    };
}
