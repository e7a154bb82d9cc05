using System.Globalization;
using Plateforme.Experiences.Opportunities.Files;
using Plateforme.Experiences.Opportunities.Suggestions;
using Plateforme.Experiences.Sheets;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Display;

namespace Plateforme.Web.Opportunities.Files;

/// <summary>The French words of the grid's choices, statuses, history steps and suggestion reasons.</summary>
public static class OpportunityLabels
{
    public static string Kind(OpportunityKind kind) => kind switch
    {
        OpportunityKind.Wasteland => OpportunityUi.KindWasteland,
        OpportunityKind.CreatorOrDeveloper => OpportunityUi.KindCreator,
        OpportunityKind.VacantPremises => OpportunityUi.KindVacantPremises,
        OpportunityKind.CulturalResources => OpportunityUi.KindCulturalResources,
        OpportunityKind.NewEconomicActor => OpportunityUi.KindNewActor,
        _ => OpportunityUi.KindCollectiveStructure,
    };

    public static string Spotting(SpottingMethod method) => method switch
    {
        SpottingMethod.NeighbourhoodVisit => OpportunityUi.SpottingVisit,
        SpottingMethod.DialogueSpace => OpportunityUi.SpottingDialogue,
        SpottingMethod.Interviews => OpportunityUi.SpottingInterviews,
        _ => OpportunityUi.SpottingCallForInterest,
    };

    public static string Role(CollectivityRole role) => role switch
    {
        CollectivityRole.Engineering => OpportunityUi.RoleEngineering,
        CollectivityRole.Premises => OpportunityUi.RolePremises,
        CollectivityRole.Advance => OpportunityUi.RoleAdvance,
        CollectivityRole.Equity => OpportunityUi.RoleEquity,
        _ => OpportunityUi.RolePromotion,
    };

    public static string Carrying(CarryingMode mode) => mode switch
    {
        CarryingMode.Public => OpportunityUi.CarryingPublic,
        CarryingMode.Mixed => OpportunityUi.CarryingMixed,
        _ => OpportunityUi.CarryingPrivate,
    };

    public static string Status(OpportunityStatus status) => status switch
    {
        OpportunityStatus.Spotted => OpportunityUi.StatusSpotted,
        OpportunityStatus.Exploring => OpportunityUi.StatusExploring,
        OpportunityStatus.Project => OpportunityUi.StatusProject,
        _ => OpportunityUi.StatusAbandoned,
    };

    /// <summary>The badge colour of a status: spotted (information), explored (in progress), a project (success), given up (neutral).</summary>
    public static string StatusBadge(OpportunityStatus status) => status switch
    {
        OpportunityStatus.Spotted => "badge badge--info",
        OpportunityStatus.Exploring => "badge badge--warning",
        OpportunityStatus.Project => "badge badge--success",
        _ => "badge badge--neutral",
    };

    /// <summary>The carrier types, as the experiences name them (the file may be published as one).</summary>
    public static string Carrier(CarrierType carrier) => ExperienceLabels.Carrier(carrier);

    /// <summary>The French name of a field of the grid, as the history lists what changed.</summary>
    public static string Field(string name) => name switch
    {
        nameof(OpportunityInput.Title) => OpportunityUi.FieldTitle,
        nameof(OpportunityInput.Kind) => OpportunityUi.FieldKind,
        nameof(OpportunityInput.KindDetail) => OpportunityUi.FieldKindDetail,
        nameof(OpportunityInput.SpottedBy) => OpportunityUi.FieldSpottedBy,
        nameof(OpportunityInput.Description) => OpportunityUi.FieldDescription,
        nameof(OpportunityInput.MainInterest) => OpportunityUi.FieldMainInterest,
        nameof(OpportunityInput.Obstacles) => OpportunityUi.FieldObstacles,
        nameof(OpportunityInput.CollectivityRoles) => OpportunityUi.FieldRoles,
        nameof(OpportunityInput.CarryingMode) => OpportunityUi.FieldCarrying,
        nameof(OpportunityInput.PointsToWork) => OpportunityUi.FieldPointsToWork,
        nameof(OpportunityInput.Themes) => OpportunityUi.FieldThemes,
        nameof(OpportunityInput.TerritoryCode) => OpportunityUi.FieldPlace,
        nameof(OpportunityInput.Neighbourhood) => OpportunityUi.FieldNeighbourhood,
        nameof(OpportunityInput.Carrier) => OpportunityUi.FieldCarrier,
        nameof(OpportunityInput.CarrierName) => OpportunityUi.FieldCarrierName,
        nameof(OpportunityInput.Exploration) => OpportunityUi.FieldExploration,
        nameof(OpportunityInput.Activities) => OpportunityUi.FieldActivities,
        nameof(OpportunityInput.Means) => OpportunityUi.FieldMeans,
        nameof(OpportunityInput.Partners) => OpportunityUi.FieldPartners,
        nameof(OpportunityInput.BudgetCents) => OpportunityUi.FieldBudget,
        nameof(OpportunityInput.DecisionMakers) => OpportunityUi.FieldDecisionMakers,
        nameof(OpportunityInput.LocalKnowHow) => OpportunityUi.FieldKnowHow,
        nameof(OpportunityInput.AccompanimentNeeds) => OpportunityUi.FieldNeeds,
        _ => name,
    };

    public static string Problem(OpportunityProblem problem) => problem switch
    {
        OpportunityProblem.TitleMissing => OpportunityUi.ErrorTitleMissing,
        OpportunityProblem.TitleTooLong => OpportunityUi.ErrorTitleTooLong,
        OpportunityProblem.TerritoryUnknown => OpportunityUi.ErrorPlaceMissing,
        OpportunityProblem.ThemeUnknown => OpportunityUi.ErrorTheme,
        OpportunityProblem.BudgetNegative => OpportunityUi.ErrorBudget,
        OpportunityProblem.TextTooLong => OpportunityUi.ErrorTextTooLong,
        _ => OpportunityUi.ErrorKind,
    };

    /// <summary>One step of the history in a sentence: « Statut : repérée → en exploration ».</summary>
    public static string Change(OpportunityChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change.Kind switch
        {
            ChangeKind.Created => OpportunityUi.ChangeCreated,
            ChangeKind.Edited => Format(OpportunityUi.ChangeEdited, string.Join(", ", change.Fields.Select(Field))),
            ChangeKind.StatusChanged => Format(OpportunityUi.ChangeStatus, StatusName(change.Detail), StatusName(change.Target)),
            ChangeKind.Pinned => Format(change.Detail == nameof(PinKind.Call) ? OpportunityUi.ChangePinnedCall : OpportunityUi.ChangePinnedExperience, change.Target),
            ChangeKind.Unpinned => Format(OpportunityUi.ChangeUnpinned, change.Target),
            ChangeKind.PublishedAsExperience => OpportunityUi.ChangeExperience,
            _ => OpportunityUi.ChangeCampaign,
        };
    }

    /// <summary>A reason a call or an experience is suggested, in French.</summary>
    public static string Reason(SuggestionReason reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return reason.Kind switch
        {
            ReasonKind.Territory => Format(OpportunityUi.ReasonTerritory, reason.Value),
            ReasonKind.Theme => Format(OpportunityUi.ReasonTheme, reason.Value),
            ReasonKind.Beneficiary => Format(OpportunityUi.ReasonBeneficiary, reason.Value),
            ReasonKind.BeneficiaryUnstated => OpportunityUi.ReasonBeneficiaryUnstated,
            ReasonKind.Deadline => Format(OpportunityUi.ReasonDeadline, DateText(reason.Value)),
            ReasonKind.OpensOn => Format(OpportunityUi.ReasonOpensOn, DateText(reason.Value)),
            ReasonKind.NoDeadline => OpportunityUi.ReasonNoDeadline,
            ReasonKind.SharedTheme => Format(OpportunityUi.ReasonSharedTheme, reason.Value),
            ReasonKind.SameRegion => Format(OpportunityUi.ReasonSameRegion, reason.Value),
            _ => OpportunityUi.ReasonSharedWords,
        };
    }

    private static string StatusName(string value) =>
        Enum.TryParse<OpportunityStatus>(value, out var status) ? Status(status) : value;

    private static string DateText(string iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? FrenchFormat.Date(date) : iso;

    private static string Format(string pattern, params object[] values) => string.Format(FrenchFormat.Culture, pattern, values);
}
