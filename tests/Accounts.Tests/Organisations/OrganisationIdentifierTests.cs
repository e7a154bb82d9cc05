using Plateforme.Accounts.Organisations;

namespace Plateforme.Accounts.Tests.Organisations;

public sealed class OrganisationIdentifierTests
{
    [Theory]
    [InlineData("W931234567", IdentifierKind.Rna, "W931234567")]
    [InlineData("w931234567", IdentifierKind.Rna, "W931234567")]
    [InlineData(" W 931 234 567 ", IdentifierKind.Rna, "W931234567")]
    [InlineData("73282932000074", IdentifierKind.Siret, "73282932000074")]
    [InlineData("732 829 320 00074", IdentifierKind.Siret, "73282932000074")]
    [InlineData("356 000 000 00048", IdentifierKind.Siret, "35600000000048")]
    [InlineData("35600000049837", IdentifierKind.Siret, "35600000049837")]
    public void Valid_numbers_are_normalised(string input, IdentifierKind kind, string value)
    {
        Assert.True(OrganisationIdentifier.TryParse(input, out var identifier, out var error), error);
        Assert.Equal(new OrganisationIdentifier(kind, value), identifier);
    }

    [Theory]
    [InlineData("", "Indiquez le numéro RNA (W suivi de 9 chiffres) ou le SIRET (14 chiffres) de la structure.")]
    [InlineData("W12345678", "Un numéro RNA s'écrit W suivi de 9 chiffres, par exemple W931234567.")]
    [InlineData("W12345678A", "Un numéro RNA s'écrit W suivi de 9 chiffres, par exemple W931234567.")]
    [InlineData("7328293200007", "Le SIRET compte 14 chiffres ; un numéro RNA s'écrit W suivi de 9 chiffres.")]
    [InlineData("73282932000075", "Ce SIRET n'est pas valide : vérifiez les 14 chiffres (la clé de contrôle ne correspond pas).")]
    [InlineData("35600000049838", "Ce SIRET n'est pas valide : vérifiez les 14 chiffres (la clé de contrôle ne correspond pas).")]
    public void Invalid_numbers_get_a_French_message(string input, string message)
    {
        Assert.False(OrganisationIdentifier.TryParse(input, out var identifier, out var error));
        Assert.Null(identifier);
        Assert.Equal(message, error);
    }
}
