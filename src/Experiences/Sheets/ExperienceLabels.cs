using Plateforme.Experiences.Resources;

namespace Plateforme.Experiences.Sheets;

/// <summary>French labels and URL slugs of the categories and carrier types.</summary>
public static class ExperienceLabels
{
    public static string Innovation(InnovationCategory category) => category switch
    {
        InnovationCategory.Organisational => ExperienceText.InnovationOrganisational,
        InnovationCategory.MarketingAndCommercial => ExperienceText.InnovationMarketing,
        InnovationCategory.BusinessModel => ExperienceText.InnovationBusinessModel,
        InnovationCategory.Technological => ExperienceText.InnovationTechnological,
        InnovationCategory.ProductOrService => ExperienceText.InnovationProduct,
        _ => ExperienceText.InnovationSocial,
    };

    public static string InnovationSlug(InnovationCategory category) => category switch
    {
        InnovationCategory.Organisational => "organisationnelle",
        InnovationCategory.MarketingAndCommercial => "marketing-commerciale",
        InnovationCategory.BusinessModel => "modele-d-affaires",
        InnovationCategory.Technological => "technologique",
        InnovationCategory.ProductOrService => "produit-service",
        _ => "sociale",
    };

    public static InnovationCategory? InnovationFromSlug(string? slug) =>
        Enum.GetValues<InnovationCategory>().Cast<InnovationCategory?>().FirstOrDefault(c => InnovationSlug(c!.Value) == slug);

    public static string Carrier(CarrierType carrier) => carrier switch
    {
        CarrierType.Association => ExperienceText.CarrierAssociation,
        CarrierType.LocalAuthority => ExperienceText.CarrierLocalAuthority,
        CarrierType.Company => ExperienceText.CarrierCompany,
        CarrierType.Cooperative => ExperienceText.CarrierCooperative,
        CarrierType.PublicBody => ExperienceText.CarrierPublicBody,
        CarrierType.Partnership => ExperienceText.CarrierPartnership,
        _ => ExperienceText.CarrierFoundation,
    };

    public static string CarrierSlug(CarrierType carrier) => carrier switch
    {
        CarrierType.Association => "association",
        CarrierType.LocalAuthority => "collectivite",
        CarrierType.Company => "entreprise",
        CarrierType.Cooperative => "cooperative",
        CarrierType.PublicBody => "organisme-public",
        CarrierType.Partnership => "partenariat",
        _ => "fondation",
    };

    public static CarrierType? CarrierFromSlug(string? slug) =>
        Enum.GetValues<CarrierType>().Cast<CarrierType?>().FirstOrDefault(c => CarrierSlug(c!.Value) == slug);

    public static string State(ExperienceState state) => state switch
    {
        ExperienceState.Draft => ExperienceText.StateDraft,
        ExperienceState.Submitted => ExperienceText.StateSubmitted,
        _ => ExperienceText.StatePublished,
    };
}
