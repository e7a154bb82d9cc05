using Plateforme.Lending.Pledges;

namespace Plateforme.Web.Lending.Campaigns;

/// <summary>
/// The pledge form as posted. The amount stays text until <see cref="EuroAmount"/> reads it; the pledge service
/// checks everything else and its messages come back keyed by <see cref="FieldFor"/>.
/// </summary>
public sealed class PledgeForm
{
    /// <summary>Text, not the enum: an unknown value must be refused, not silently bound to the default (a loan).</summary>
    public string Kind { get; set; } = nameof(PledgeKind.Loan);

    public string Amount { get; set; } = "";

    public string LenderName { get; set; } = "";

    public string AddressLine { get; set; } = "";

    public string PostalCode { get; set; } = "";

    public string City { get; set; } = "";

    public bool Anonymous { get; set; }

    public string Message { get; set; } = "";

    /// <summary>The kind posted, when it is exactly one of the names offered by the form.</summary>
    public PledgeKind? ParsedKind() =>
        Enum.GetNames<PledgeKind>().Contains(Kind, StringComparer.Ordinal) ? Enum.Parse<PledgeKind>(Kind) : null;

    public static string FieldFor(string requestProperty) =>
        requestProperty == nameof(PledgeRequest.AmountCents) ? nameof(Amount) : requestProperty;
}
