namespace Plateforme.Experiences.Opportunities.Files;

/// <summary>« Les modes de portage de l'initiative qui peuvent déjà s'esquisser : public / mixte (SCIC par exemple) / privé ».</summary>
public enum CarryingMode
{
    Public,
    Mixed,
    Private,
}
