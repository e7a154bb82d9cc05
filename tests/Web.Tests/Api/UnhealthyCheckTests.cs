using System.Net;
using System.Text.Json;
using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.Api;

/// <summary>A failing check turns /health into a 503, and the administrator's view says which check failed.</summary>
public sealed class UnhealthyCheckTests
{
    [Fact]
    public async Task A_pickup_folder_that_cannot_be_written_makes_health_answer_503_naming_the_mail_check()
    {
        // A file where the folder should be: not writable, whoever runs the tests (root ignores permissions).
        var notAFolder = Path.Combine(Path.GetTempPath(), "plateforme-pickup-" + Guid.NewGuid().ToString("N"));
        await File.WriteAllTextAsync(notAFolder, "");
        try
        {
            await using var accounts = new AccountsApp(new Dictionary<string, string?> { ["Accounts:Mail:PickupFolder"] = notAFolder });
            using var anonymous = accounts.NewVisitor();
            using var admin = accounts.NewVisitor();
            await admin.SignInAsync(AccountsApp.AdminEmail, AccountsApp.AdminPassword);

            using var health = await anonymous.Http.GetAsync(new Uri("/health", UriKind.Relative));
            using var details = await admin.Http.GetAsync(new Uri("/health/details", UriKind.Relative));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            var publicBody = JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("Unhealthy", publicBody.GetProperty("status").GetString());
            Assert.Equal(HttpStatusCode.ServiceUnavailable, details.StatusCode);
            var mail = JsonDocument.Parse(await details.Content.ReadAsStringAsync()).RootElement.GetProperty("checks").GetProperty("mail");
            Assert.Equal("Unhealthy", mail.GetProperty("status").GetString());
            Assert.Equal("The pickup folder cannot be written.", mail.GetProperty("description").GetString());
            Assert.Equal("IOException", mail.GetProperty("error").GetString());
        }
        finally
        {
            File.Delete(notAFolder);
        }
    }
}
