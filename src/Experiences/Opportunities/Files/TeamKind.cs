namespace Plateforme.Experiences.Opportunities.Files;

/// <summary>Whose file it is: an organisation's members, or a partner structure's staff.</summary>
public enum TeamKind
{
    Organisation,
    Structure,
}
