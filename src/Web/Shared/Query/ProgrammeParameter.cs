using System.Globalization;
using Microsoft.AspNetCore.Http;
using Plateforme.Search.Reference;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Shared.Query;

/// <summary>
/// The <c>programme</c> filter: programmes are an open list (sources name them), so any programme slug is accepted
/// — one no call carries simply matches nothing — and only a value that cannot be a slug is refused.
/// </summary>
internal static class ProgrammeParameter
{
    public const string Name = "programme";

    public static List<string> Parse(IQueryCollection query, Action<string, string> fail)
    {
        var result = new List<string>();
        foreach (var value in query[Name].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!ProgrammeSlugs.IsSlug(value))
            {
                var shown = value.Length > 40 ? value[..40] + "…" : value;
                fail(Name, string.Format(CultureInfo.CurrentCulture, ApiMessages.UnknownValue, shown, Name));
            }
            else if (!result.Contains(value, StringComparer.Ordinal))
            {
                result.Add(value);
            }
        }

        return result;
    }
}
