namespace Plateforme.Lending.Pledges;

public enum PledgeKind
{
    Loan,
    Donation,
}
