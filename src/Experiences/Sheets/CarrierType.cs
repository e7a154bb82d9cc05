namespace Plateforme.Experiences.Sheets;

/// <summary>Who carries the initiative.</summary>
public enum CarrierType
{
    Association,
    LocalAuthority,
    Company,
    Cooperative,
    PublicBody,
    Partnership,
    Foundation,
}
