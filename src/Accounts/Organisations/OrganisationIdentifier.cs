using System.Diagnostics.CodeAnalysis;
using Plateforme.Accounts.Resources;

namespace Plateforme.Accounts.Organisations;

/// <summary>A validated RNA or SIRET number, normalised (spaces removed, "W" upper case).</summary>
public sealed record OrganisationIdentifier(IdentifierKind Kind, string Value)
{
    // La Poste's establishments outnumber what the Luhn key can tell apart: INSEE gives them numbers whose
    // digits add up to a multiple of 5 instead (its head office, 356 000 000 00048, satisfies both rules).
    private const string LaPosteSiren = "356000000";

    /// <summary>Parses user input; on failure <paramref name="error"/> is a French message for the form.</summary>
    public static bool TryParse(string? input, [NotNullWhen(true)] out OrganisationIdentifier? identifier, [NotNullWhen(false)] out string? error)
    {
        identifier = null;
        var text = new string((input ?? "").Where(c => !char.IsWhiteSpace(c) && c != '.' && c != '-').ToArray()).ToUpperInvariant();
        if (text.Length == 0)
        {
            error = AccountText.IdentifierRequired;
            return false;
        }

        if (text[0] == 'W')
        {
            if (text.Length != 10 || !text[1..].All(char.IsAsciiDigit))
            {
                error = AccountText.RnaFormat;
                return false;
            }

            identifier = new OrganisationIdentifier(IdentifierKind.Rna, text);
            error = null;
            return true;
        }

        if (text.Length != 14 || !text.All(char.IsAsciiDigit))
        {
            error = AccountText.IdentifierFormat;
            return false;
        }

        if (!IsValidSiret(text))
        {
            error = AccountText.SiretChecksum;
            return false;
        }

        identifier = new OrganisationIdentifier(IdentifierKind.Siret, text);
        error = null;
        return true;
    }

    private static bool IsValidSiret(string digits) =>
        PassesLuhn(digits) || (digits.StartsWith(LaPosteSiren, StringComparison.Ordinal) && digits.Sum(c => c - '0') % 5 == 0);

    private static bool PassesLuhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9) digit -= 9;
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }
}
