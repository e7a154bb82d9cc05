using Microsoft.AspNetCore.WebUtilities;
using Plateforme.Search.Reference;

namespace Plateforme.Web.Shared.Preferences;

/// <summary>
/// Reads and writes the preference cookie. Values are checked against the reference data on every read,
/// so a tampered or outdated cookie is ignored rather than trusted.
/// </summary>
public sealed class PreferenceCookie(TerritoryDirectory territories, ReferenceLists lists, TimeProvider clock)
{
    public const string Name = "plateforme-territoire";

    public static TimeSpan Lifetime { get; } = TimeSpan.FromDays(365);

    /// <summary>Levels a visitor may pick: "commune or département".</summary>
    public static IReadOnlySet<TerritoryLevel> AllowedLevels { get; } = new HashSet<TerritoryLevel> { TerritoryLevel.Commune, TerritoryLevel.Departement };

    public VisitorPreference? Read(HttpContext context)
    {
        if (!context.Request.Cookies.TryGetValue(Name, out var value) || string.IsNullOrEmpty(value)) return null;
        var parts = QueryHelpers.ParseQuery(value.StartsWith('?') ? value : "?" + value);
        var preference = Validate(parts.GetValueOrDefault("t").FirstOrDefault(), parts.GetValueOrDefault("b").FirstOrDefault());
        return preference.IsEmpty ? null : preference;
    }

    /// <summary>Keeps only known values: a territory at an allowed level and a known organisation type.</summary>
    public VisitorPreference Validate(string? territory, string? beneficiary)
    {
        string? code = null;
        if (TerritoryCode.TryParse(territory, out var parsed) && AllowedLevels.Contains(parsed.Level) && territories.IsKnown(parsed))
        {
            code = parsed.ToString();
        }
        var organisation = lists.Beneficiaries.Contains(beneficiary) ? beneficiary : null;
        return new VisitorPreference(code, organisation);
    }

    public void Write(HttpContext context, VisitorPreference preference)
    {
        if (preference.IsEmpty)
        {
            Clear(context);
            return;
        }
        var value = string.Join('&', new[] { ("t", preference.Territory), ("b", preference.Beneficiary) }
            .Where(p => p.Item2 is not null)
            .Select(p => p.Item1 + "=" + Uri.EscapeDataString(p.Item2!)));
        context.Response.Cookies.Append(Name, value, Options(context, clock.GetUtcNow().Add(Lifetime)));
    }

    public static void Clear(HttpContext context) => context.Response.Cookies.Delete(Name, Options(context, null));

    private static CookieOptions Options(HttpContext context, DateTimeOffset? expires) => new()
    {
        Expires = expires,
        HttpOnly = true,
        IsEssential = true,
        SameSite = SameSiteMode.Lax,
        Secure = context.Request.IsHttps,
        Path = "/",
    };
}
