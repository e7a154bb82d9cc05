namespace Plateforme.Web.Shared.Preferences;

/// <summary>
/// "Mon territoire / ma structure": a territory ("dep:80", "com:80021") and an organisation type
/// (a beneficiary slug) a visitor chose once, remembered in a cookie on this browser, no account needed.
/// </summary>
public sealed record VisitorPreference(string? Territory, string? Beneficiary)
{
    public bool IsEmpty => Territory is null && Beneficiary is null;

    /// <summary>Query parameters to add to a search that names neither yet.</summary>
    public IEnumerable<KeyValuePair<string, string>> AsSearchParameters()
    {
        if (Territory is not null) yield return new("territory", Territory);
        if (Beneficiary is not null) yield return new("beneficiary", Beneficiary);
    }
}
