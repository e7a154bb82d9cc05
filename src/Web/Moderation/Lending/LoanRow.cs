using Plateforme.Lending.Campaigns;

namespace Plateforme.Web.Moderation.Lending;

/// <summary>A loan being repaid: the principal, what came back, what is left, and how many instalments are late.</summary>
public sealed record LoanRow(Campaign Campaign, long RepaidCents, long RemainingCents, int LateCount, DateOnly? NextDue)
{
    public bool InDefaultProcedure => Campaign.DefaultProcedureOpenedAt is not null;
}
