using Microsoft.Extensions.Options;

namespace Plateforme.Web.Tests.Security;

/// <summary>A production site must know its public address: without a valid one it refuses to start, saying which setting.</summary>
public sealed class PublicAddressStartTests
{
    [Theory]
    [InlineData("")]
    [InlineData("plateforme.example")]
    [InlineData("ftp://plateforme.example")]
    [InlineData("https://plateforme.example/sous-dossier")]
    public async Task A_production_start_without_a_valid_public_address_fails_naming_the_setting(string address)
    {
        await using var app = new PlateformeApp(new Dictionary<string, string?>
        {
            ["Site:PublicAddress"] = address,
            ["Search:DemoData:Count"] = "5",
        });

        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        var validation = Assert.IsType<OptionsValidationException>(failure.GetBaseException() as OptionsValidationException ?? failure);
        Assert.Contains("Site:PublicAddress", validation.Message, StringComparison.Ordinal);
    }
}
