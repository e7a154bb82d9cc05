namespace Plateforme.Search.Reference;

/// <summary>Scales of a perimeter, with the prefix used in "level:code" strings.</summary>
public enum TerritoryLevel
{
    /// <summary>"com", INSEE code of a commune ("80021").</summary>
    Commune,

    /// <summary>"epci", SIREN of an intercommunality ("248000531").</summary>
    Epci,

    /// <summary>"dep", INSEE code of a département ("80", "2A", "974").</summary>
    Departement,

    /// <summary>"reg", INSEE code of a région ("32").</summary>
    Region,

    /// <summary>"nat", the whole country ("nat:FR").</summary>
    National,

    /// <summary>"eu", the European Union ("eu:UE").</summary>
    Europe,
}
