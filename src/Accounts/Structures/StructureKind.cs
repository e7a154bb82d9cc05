namespace Plateforme.Accounts.Structures;

/// <summary>The families of partner structures that accompany project carriers or keep lists of calls.</summary>
public enum StructureKind
{
    /// <summary>A local platform of the Initiative France network (Initiative Somme…).</summary>
    InitiativePlatform,

    /// <summary>France Active or one of its associations (Picardie Active…).</summary>
    FranceActive,

    MaisonDesAssociations,

    /// <summary>A centre de ressources politique de la ville.</summary>
    CentreDeRessources,

    Collectivite,

    /// <summary>Any other network (ESS networks, federations).</summary>
    Reseau,
}
