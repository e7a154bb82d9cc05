using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Accounts.Users;
using Plateforme.Lending.Calendar;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Clock;
using Plateforme.Lending.Hosting;
using Plateforme.Lending.Payments;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Repayments;
using Plateforme.Web.Tests.Accounts;
using Plateforme.Web.Lending.Mail;

namespace Plateforme.Web.Tests.Lending;

/// <summary>
/// Arranges campaigns at the moments the moderators' screens deal with (collecting, funded, paid out), relative to
/// wherever earlier tests left the shared clock, through the lending services and the real clock service.
/// </summary>
public static class OperationsArrange
{
    public sealed record Person(string Id, string Email, string Name);

    public sealed record Lender(Person Person, Pledge Pledge);

    public sealed record Arranged(Campaign Campaign, Person Carrier, IReadOnlyList<Lender> Lenders);

    /// <summary>
    /// A confirmed account made through the accounts store: signing up is the accounts tests' subject, and each
    /// password hash costs time these tests spend better elsewhere. Its display name is what e-mails greet.
    /// </summary>
    public static async Task<Person> NewPersonAsync(this AccountsApp app, string name)
    {
        var email = AccountFlows.NewEmail("personne");
        var id = await app.WithStoreAsync(async services =>
        {
            var user = new PlatformUser
            {
                Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAt = app.App.Clock.GetUtcNow(),
            };
            var created = await services.GetRequiredService<UserManager<PlatformUser>>().CreateAsync(user, AccountFlows.Password);
            Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
            return user.Id.ToString();
        });
        return new Person(id, email, name);
    }

    public static DateOnly ParisToday(this AccountsApp app) => ParisCalendar.Today(app.App.Clock);

    /// <summary>A published campaign ending in ten days with one loan per amount, each from a new lender.</summary>
    public static async Task<Arranged> CollectingAsync(this AccountsApp app, long goalCents, int termMonths, params long[] loans)
    {
        var carrier = await app.NewPersonAsync("Atelier Vélo Solidaire");
        var draft = new CampaignDraft(carrier.Id, "Atelier " + Guid.NewGuid().ToString("N")[..8], "<p>Un atelier de réparation de vélos.</p>",
            "mobilite", "com:59350", goalCents, app.ParisToday().AddDays(10), termMonths, GraceMonths: 0);
        var campaign = await app.PublishedAsync(draft);
        var lenders = new List<Lender>();
        var names = new[] { "Alice Prêteuse", "Bruno Prêteur", "Chloé Prêteuse", "Driss Prêteur" };
        for (var i = 0; i < loans.Length; i++)
        {
            var person = await app.NewPersonAsync(names[i % names.Length]);
            var receipt = await app.PledgedAsync(LendingArrange.Loan(campaign.Id, person.Id, loans[i], person.Name));
            lenders.Add(new Lender(person, receipt.Pledge));
        }

        return new Arranged(campaign, carrier, lenders);
    }

    /// <summary>Moves the clock past the end date and runs the clock service: the campaign is funded.</summary>
    public static async Task<Arranged> FundedAsync(this AccountsApp app, long goalCents, int termMonths, params long[] loans)
    {
        var arranged = await app.CollectingAsync(goalCents, termMonths, loans);
        app.App.Clock.Advance(TimeSpan.FromDays(11));
        await app.RunClockAsync();
        return arranged;
    }

    /// <summary>Funded, every payment confirmed, and paid out to the carrier.</summary>
    public static async Task<Arranged> DisbursedAsync(this AccountsApp app, long goalCents, int termMonths, params long[] loans)
    {
        var arranged = await app.FundedAsync(goalCents, termMonths, loans);
        await app.WithStoreAsync(async services =>
        {
            var pledges = services.GetRequiredService<PledgeService>();
            foreach (var lender in arranged.Lenders)
            {
                await pledges.ConfirmPaymentAsync(lender.Pledge.Id, LendingArrange.ModeratorId, PaymentMethod.Transfer, "VIR-" + lender.Pledge.Id.ToString("N")[..6]);
            }

            return await services.GetRequiredService<LoanService>().DisburseAsync(arranged.Campaign.Id, LendingArrange.ModeratorId);
        });
        return arranged;
    }

    public static Task<ClockReport> RunClockAsync(this AccountsApp app) =>
        app.App.Services.GetRequiredService<CampaignClockService>().RunOnceAsync();

    public static Task<int> DrainMailAsync(this AccountsApp app) =>
        app.App.Services.GetRequiredService<LendingMailDrain>().DrainAsync();

    public static Task<T> LendingAsync<T>(this AccountsApp app, Func<IServiceProvider, Task<T>> action) => app.WithStoreAsync(action);

    /// <summary>Opens a page, fills the form the selector finds (keeping its hidden antiforgery and handler fields) and posts it.</summary>
    public static async Task<AccountClient.Page> SubmitFormAsync(this AccountClient client, string url, string formSelector, IReadOnlyDictionary<string, string> fields)
    {
        var values = await client.FormValuesAsync(url, formSelector);
        foreach (var (name, value) in fields) values[name] = value;
        return await client.PostAsync(url, values);
    }

    /// <summary>The hidden fields of a form as the page rendered them (to post the same form twice).</summary>
    public static async Task<Dictionary<string, string>> FormValuesAsync(this AccountClient client, string url, string formSelector)
    {
        var page = await client.GetAsync(url);
        Assert.True(page.Status == System.Net.HttpStatusCode.OK, $"{url} answered {page.Status}");
        var form = page.Html.QuerySelector(formSelector) ?? throw new Xunit.Sdk.XunitException($"No form {formSelector} on {url}");
        return form.QuerySelectorAll("input[type=hidden]").Cast<AngleSharp.Html.Dom.IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name))
            .ToDictionary(i => i.Name!, i => i.Value, StringComparer.Ordinal);
    }

    public static string Text(this AccountClient.Page page, string selector) =>
        LendingArrange.Plain(page.Html.QuerySelector(selector)?.TextContent);

    /// <summary>A date as a date input posts it.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string Euros(long cents) => LendingArrange.Plain(Plateforme.Lending.Money.Cents.Format(cents));

    /// <summary>The seeded administrator, signed in now (after any move of the clock, so the cookie is fresh).</summary>
    public static async Task<AccountClient> ModeratorAsync(this AccountsApp app)
    {
        var moderator = app.NewVisitor();
        await moderator.SignInAsync(AccountsApp.AdminEmail, AccountsApp.AdminPassword);
        return moderator;
    }

    /// <summary>A member given the moderator role (not administrator), signed in.</summary>
    public static async Task<AccountClient> PlainModeratorAsync(this AccountsApp app)
    {
        var email = AccountFlows.NewEmail("moderatrice");
        using (await app.SignedInMemberAsync(email, "Modératrice"))
        {
            await app.WithStoreAsync(async services =>
            {
                var users = services.GetRequiredService<UserManager<PlatformUser>>();
                return await users.AddToRoleAsync((await users.FindByEmailAsync(email))!, PlatformRoles.Moderator);
            });
        }

        var moderator = app.NewVisitor();
        await moderator.SignInAsync(email, AccountFlows.Password);
        return moderator;
    }
}
