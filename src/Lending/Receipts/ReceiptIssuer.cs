namespace Plateforme.Lending.Receipts;

/// <summary>
/// A carrier organisation as it must appear on a tax receipt, and whether it may issue them (an association of general
/// interest, article 200 of the CGI). Keyed by <see cref="ReceiptIssuerKeys.Of"/>: the campaign's organisation, or its
/// carrier when there is none. A moderator fills it in; receipts copy it, so a later edit never changes an issued one.
/// </summary>
public sealed class ReceiptIssuer
{
    public required string IssuerKey { get; init; }
    public bool Eligible { get; set; }
    public required string Name { get; set; }
    public required string Address { get; set; }

    /// <summary>The organisation's purpose (objet), as its statutes say it.</summary>
    public required string Purpose { get; set; }

    /// <summary>The kind of organisation (e.g. « association loi 1901 reconnue d'intérêt général »).</summary>
    public required string Kind { get; set; }
    public required string SignerName { get; set; }
    public required string SignerRole { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}
