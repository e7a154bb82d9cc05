namespace Plateforme.Accounts.Organisations;

/// <summary>
/// What an organisation says of itself to find its calls: kind, territory ("level:code", checked by the caller
/// against the reference territories), themes (catalogue theme slugs, checked by the caller), size, and whether
/// it is reconnue d'intérêt général (which opens calls and receipts for tax-deductible gifts).
/// </summary>
public sealed record OrganisationProfile(
    OrganisationKind Kind,
    string Territory,
    IReadOnlyList<string> Themes,
    OrganisationSize Size,
    bool GeneralInterest);
