namespace Plateforme.Experiences.Opportunities.Files;

/// <summary>What a team kept from the suggestions: a call of the catalogue or an experience sheet.</summary>
public enum PinKind
{
    Call,
    Experience,
}
