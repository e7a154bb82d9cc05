namespace Plateforme.Experiences.Opportunities.Files;

/// <summary>« Quelle place occuperait votre collectivité dans la concrétisation du projet » (the grid's list).</summary>
public enum CollectivityRole
{
    Engineering,
    Premises,
    Advance,
    Equity,
    Promotion,
}
