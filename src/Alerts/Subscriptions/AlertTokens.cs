using System.Security.Cryptography;
using System.Text;

namespace Plateforme.Alerts.Subscriptions;

/// <summary>Random link tokens; the confirmation token is kept only as its hash.</summary>
internal static class AlertTokens
{
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Rejects anything that is not a token before it reaches a query.</summary>
    public static bool LooksValid(string? token) => token is { Length: 64 } && token.All(char.IsAsciiHexDigitLower);
}
