using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Plateforme.Web.Shared.Display;

namespace Plateforme.Web.Admin.Health;

/// <summary>
/// A French sentence for one health check's result. The checks describe themselves in English for operators' logs
/// and the JSON view; the administrators' page reads the same figures (the entry's data) into a sentence from
/// HealthExplanation.resx, keyed by check and status, so that a person never has to read the English.
/// </summary>
public static partial class HealthExplanation
{
    // Case-insensitive: the providers spell themselves « PostgreSql » (our enum) and « PostgreSQL » (EF Core's name).
    private static readonly ResourceManager Resources = new("Plateforme.Web.Admin.Health.HealthExplanation", typeof(HealthExplanation).Assembly) { IgnoreCase = true };

    public static string For(string check, HealthReportEntry entry)
    {
        var template = Find(check, entry.Status);
        return Placeholder().Replace(template, match => Value(entry.Data, match.Groups[1].Value));
    }

    private static string Find(string check, HealthStatus status)
    {
        // Every module's database check has the same shape ("lending-database", "alerts-database", …).
        var family = check.EndsWith("-database", StringComparison.Ordinal) ? "module-database" : check;
        return Resources.GetString($"{family}.{status}", CultureInfo.InvariantCulture)
            ?? Resources.GetString($"any.{status}", CultureInfo.InvariantCulture)
            ?? status.ToString();
    }

    private static string Value(IReadOnlyDictionary<string, object> data, string key)
    {
        if (!data.TryGetValue(key, out var value)) return "?";
        return value switch
        {
            long bytes when key.EndsWith("Bytes", StringComparison.Ordinal) => Size(bytes),
            int number => number.ToString("N0", FrenchFormat.Culture),
            long number => number.ToString("N0", FrenchFormat.Culture),
            bool flag => Resources.GetString(flag ? "yes" : "no", CultureInfo.InvariantCulture) ?? flag.ToString(),
            _ => Resources.GetString($"value.{value}", CultureInfo.InvariantCulture) ?? Convert.ToString(value, FrenchFormat.Culture) ?? "?",
        };
    }

    private static string Size(long bytes) => bytes >= 1L << 30
        ? (bytes / (double)(1L << 30)).ToString("0.0", FrenchFormat.Culture) + " Go"
        : (bytes / (double)(1L << 20)).ToString("0", FrenchFormat.Culture) + " Mo";

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();
}
