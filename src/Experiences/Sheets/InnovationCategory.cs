namespace Plateforme.Experiences.Sheets;

/// <summary>The six categories of innovation of the CGET study (février 2017), after the Oslo manual.</summary>
public enum InnovationCategory
{
    Organisational,
    MarketingAndCommercial,
    BusinessModel,
    Technological,
    ProductOrService,
    Social,
}
