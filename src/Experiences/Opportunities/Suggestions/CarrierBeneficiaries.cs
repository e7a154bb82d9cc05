using Plateforme.Experiences.Sheets;
using Plateforme.Search.Reference;

namespace Plateforme.Experiences.Opportunities.Suggestions;

/// <summary>The catalogue's beneficiary types a carrier can apply as (a SCIC or a foundation applies as a company or an association).</summary>
public static class CarrierBeneficiaries
{
    public static IReadOnlyList<string> Of(CarrierType? carrier) => carrier switch
    {
        CarrierType.Association or CarrierType.Foundation => [BeneficiarySlugs.Association],
        CarrierType.LocalAuthority => [BeneficiarySlugs.Commune, BeneficiarySlugs.Epci, BeneficiarySlugs.Departement, BeneficiarySlugs.Region],
        CarrierType.Company => [BeneficiarySlugs.PrivateCompany],
        CarrierType.Cooperative => [BeneficiarySlugs.PrivateCompany, BeneficiarySlugs.Association],
        CarrierType.PublicBody => [BeneficiarySlugs.PublicBody, BeneficiarySlugs.LocalPublicCompany],
        _ => [],
    };
}
