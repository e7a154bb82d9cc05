using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Plateforme.Search.Catalogue;

namespace Plateforme.Web.Calls.Seo;

/// <summary>
/// A call as schema.org's MonetaryGrant: its funders as organisations, its amounts as a MonetaryAmount in euros
/// (minValue, maxValue, or the envelope as value) valid from the opening to the deadline. Serialised with the default
/// encoder, which escapes &lt; and &gt;: the JSON cannot close the script element it sits in.
/// </summary>
public static class CallGrantJson
{
    public static string Write(FundingCall call, IReadOnlyList<Funder> funders, Uri canonical)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(funders);
        var grant = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "MonetaryGrant",
            ["@id"] = canonical.AbsoluteUri + "#aide",
            ["name"] = call.Title,
            ["url"] = canonical.AbsoluteUri,
            ["identifier"] = call.Id.ToString(),
        };
        if (call.Summary is { Length: > 0 } summary) grant["description"] = summary;
        if (funders.Count > 0)
        {
            grant["funder"] = new JsonArray([.. funders.Select(Organisation)]);
        }
        if (Amount(call) is { } amount) grant["amount"] = amount;
        return grant.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    private static JsonNode Organisation(Funder funder)
    {
        var organisation = new JsonObject { ["@type"] = "Organization", ["name"] = funder.Name };
        if (Uri.TryCreate(funder.Website, UriKind.Absolute, out var website)) organisation["url"] = website.AbsoluteUri;
        return organisation;
    }

    private static JsonObject? Amount(FundingCall call)
    {
        if (call.MinAmountCents is null && call.MaxAmountCents is null && call.EnvelopeCents is null && call.Deadline is null) return null;
        var amount = new JsonObject { ["@type"] = "MonetaryAmount", ["currency"] = "EUR" };
        if (call.MinAmountCents is { } min) amount["minValue"] = Euros(min);
        if (call.MaxAmountCents is { } max) amount["maxValue"] = Euros(max);
        if (call.MinAmountCents is null && call.MaxAmountCents is null && call.EnvelopeCents is { } envelope) amount["value"] = Euros(envelope);
        if (call.OpensOn is { } opens) amount["validFrom"] = opens.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (call.Deadline is { } deadline) amount["validThrough"] = deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return amount;
    }

    /// <summary>Cents to euros for the JSON number: exact in decimal, never through floating point.</summary>
    private static JsonNode Euros(long cents) => JsonValue.Create(cents / 100m);
}
