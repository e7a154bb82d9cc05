using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Plateforme.Lending.Payments.Stripe;

/// <summary>
/// Stripe's webhook signature: the header <c>Stripe-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex&gt;[,v1=…]</c>, where each
/// v1 is HMAC-SHA256 of "t.body" (the raw bytes as received) with the endpoint's secret. Compared in constant time;
/// the timestamp must be within the tolerance of now, either way.
/// </summary>
public static class StripeSignature
{
    public static WebhookVerdict Verify(ReadOnlySpan<byte> body, string? header, string secret, DateTimeOffset now, TimeSpan tolerance)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        if (string.IsNullOrWhiteSpace(header)) return WebhookVerdict.Unsigned;
        long? timestamp = null;
        var signatures = new List<byte[]>();
        foreach (var part in header.Split(','))
        {
            var pair = part.Split('=', 2);
            if (pair.Length != 2) continue;
            var key = pair[0].Trim();
            var value = pair[1].Trim();
            if (key == "t" && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var t)) timestamp = t;
            else if (key == "v1" && TryHex(value, out var signature)) signatures.Add(signature);
        }

        if (timestamp is null || signatures.Count == 0) return WebhookVerdict.Unsigned;
        var expected = Sign(body, timestamp.Value, secret);
        if (!signatures.Any(s => CryptographicOperations.FixedTimeEquals(s, expected))) return WebhookVerdict.WrongSignature;
        var age = now - DateTimeOffset.FromUnixTimeSeconds(timestamp.Value);
        return age.Duration() > tolerance ? WebhookVerdict.Stale : WebhookVerdict.Valid;
    }

    /// <summary>The header Stripe would send for this body at this instant (tests and the stand-in's hosted page use it).</summary>
    public static string Header(ReadOnlySpan<byte> body, DateTimeOffset at, string secret)
    {
        var timestamp = at.ToUnixTimeSeconds();
        return "t=" + timestamp.ToString(CultureInfo.InvariantCulture) + ",v1=" + Convert.ToHexStringLower(Sign(body, timestamp, secret));
    }

    private static byte[] Sign(ReadOnlySpan<byte> body, long timestamp, string secret)
    {
        var prefix = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed);
    }

    private static bool TryHex(string value, out byte[] bytes)
    {
        bytes = [];
        if (value.Length != 64) return false;
        try
        {
            bytes = Convert.FromHexString(value);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
