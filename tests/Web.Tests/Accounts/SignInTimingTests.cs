using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Accounts.Users;

namespace Plateforme.Web.Tests.Accounts;

/// <summary>Sign-in takes as long for an unknown address as for a known one with a wrong password (issue 16, finding 2).</summary>
[Collection(AccountsCollection.Name)]
public sealed class SignInTimingTests(AccountsApp app)
{
    private const int Attempts = 15;
    private static readonly AccountLinks Links = new(new Uri("http://localhost/"));

    [Fact]
    public async Task Sign_in_with_an_unknown_address_costs_what_a_wrong_password_costs()
    {
        var known = await CreateConfirmedUserAsync();

        // Warm up both paths (JIT, connection pool, the decoy hash) before measuring.
        for (var i = 0; i < 3; i++)
        {
            await TimeSignInAsync(AccountFlows.NewEmail("inconnu"));
            await TimeSignInAsync(known);
        }

        var unknownTimes = new List<double>();
        var knownTimes = new List<double>();
        for (var i = 0; i < Attempts; i++)
        {
            // Interleaved, so a burst of load on the machine falls on both paths alike.
            unknownTimes.Add(await TimeSignInAsync(AccountFlows.NewEmail("inconnu")));
            knownTimes.Add(await TimeSignInAsync(known));
        }

        var ratio = Median(unknownTimes) / Median(knownTimes);
        Assert.True(ratio is > 0.6 and < 1.6,
            $"unknown median {Median(unknownTimes):F1} ms, known median {Median(knownTimes):F1} ms, ratio {ratio:F2}");
    }

    private async Task<string> CreateConfirmedUserAsync()
    {
        var email = AccountFlows.NewEmail("connu");
        await app.WithStoreAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<PlatformUser>>();
            var user = new PlatformUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, DisplayName = "Camille Martin", EmailConfirmed = true, CreatedAt = DateTimeOffset.UtcNow };
            var created = await users.CreateAsync(user, AccountFlows.Password);
            Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
            return true;
        });
        return email;
    }

    /// <summary>One sign-in with a wrong password through a fresh scope, as one request would; the lockout count is reset afterwards.</summary>
    private async Task<double> TimeSignInAsync(string email)
    {
        return await app.WithStoreAsync(async services =>
        {
            services.GetRequiredService<SignInManager<PlatformUser>>().Context = new DefaultHttpContext { RequestServices = services };
            var accounts = services.GetRequiredService<AccountService>();
            var watch = Stopwatch.StartNew();
            var outcome = await accounts.SignInAsync(email, "pas-le-bon-mot-de-passe", remember: false, Links);
            var elapsed = watch.Elapsed.TotalMilliseconds;
            Assert.Equal(SignInOutcome.Failed, outcome);

            var users = services.GetRequiredService<UserManager<PlatformUser>>();
            if (await users.FindByEmailAsync(email) is { } user) await users.ResetAccessFailedCountAsync(user);
            return elapsed;
        });
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
