namespace Plateforme.Accounts.Organisations;

public enum IdentifierKind
{
    /// <summary>Répertoire national des associations: "W" and 9 digits.</summary>
    Rna,

    /// <summary>14 digits: the SIREN (9) of the legal unit and the establishment's number (5).</summary>
    Siret,
}
