using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Pledges;

namespace Plateforme.Lending.Portfolios;

/// <summary>One donation of a person, with whether they may still take it back (until the end date).</summary>
public sealed record DonationPosition(Pledge Pledge, Campaign Campaign, bool CanWithdraw);
