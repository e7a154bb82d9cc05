using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Indexing;
using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.Alerts;

/// <summary>Steps the alert tests share: asking for an alert, confirming it from the e-mail, publishing a call.</summary>
public static class AlertFlows
{
    public const string ConfirmSubject = "Confirmez votre alerte";

    /// <summary>A word no demo call holds, so a search for it finds only the calls a test publishes.</summary>
    public static string NewWord() => "zorglub" + Guid.NewGuid().ToString("N")[..8];

    public static Task<AccountClient.Page> AskForAlertAsync(this AccountClient visitor, string query, string email, string frequency = "Daily") =>
        visitor.SubmitAsync("/alertes/nouvelle" + query, "alert-form", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Frequency"] = frequency,
        });

    /// <summary>Opens the alert's confirmation link and presses « Confirmer l'alerte ».</summary>
    public static Task<AccountClient.Page> ConfirmAlertAsync(this AccountClient visitor, string link) =>
        visitor.SubmitAsync(link, "confirm-alert-form", new Dictionary<string, string>());

    /// <summary>Asks for an alert on the search and follows the confirmation link of its e-mail.</summary>
    public static async Task ConfirmedAlertAsync(this AlertsApp app, string query, string email, string frequency = "Daily")
    {
        using var visitor = app.NewVisitor();
        var earlier = (await app.Mailbox.ToAsync(email)).Select(m => m.MessageId).ToHashSet(StringComparer.Ordinal);
        var asked = await visitor.AskForAlertAsync(query, email, frequency);
        Assert.Equal(HttpStatusCode.OK, asked.Status);
        var confirmation = Assert.Single(await app.Mailbox.ToAsync(email), m => m.Subject == ConfirmSubject && !earlier.Contains(m.MessageId));
        var confirmed = await visitor.ConfirmAlertAsync(Mailbox.LinkTo(confirmation, "/alertes/confirmer").PathAndQuery);
        Assert.Equal("Votre alerte est active. Le premier e-mail listera les appels publiés à partir de maintenant.", confirmed.Message);
    }

    /// <summary>Writes a published call through the catalogue (the outbox indexes it) and waits until search finds it.</summary>
    public static async Task<FundingCall> PublishCallAsync(this PlateformeApp app, string title, DateOnly? deadline = null, string? slug = null)
    {
        // Time passes between the alert and the call, as it does outside tests.
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var now = app.Clock.GetUtcNow();
        var call = new FundingCall
        {
            Slug = slug ?? "appel-" + Guid.NewGuid().ToString("N")[..12],
            Title = title,
            Summary = "Soutenir les associations : " + title,
            Territory = "dep:80",
            Themes = ["solidarite"],
            Beneficiaries = ["association"],
            AidTypes = ["subvention"],
            Deadline = deadline ?? DateOnly.FromDateTime(now.UtcDateTime).AddDays(60),
            State = ModerationState.Published,
            CreatedAt = now,
            UpdatedAt = now,
            PublishedAt = now,
        };
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
            db.FundingCalls.Add(call);
            await db.SaveChangesAsync();
        }

        var index = app.Services.GetRequiredService<ISearchIndex>();
        await Eventually.TrueAsync(() => index.Get(call.Id) is not null, $"the call {call.Slug} to be indexed");
        return call;
    }

    /// <summary>The digests this address received, oldest first.</summary>
    public static async Task<IReadOnlyList<MimeMessage>> DigestsAsync(this Mailbox mailbox, string email) =>
        (await mailbox.ToAsync(email)).Where(m => (m.Subject ?? "").Contains("pour votre alerte :", StringComparison.Ordinal)).ToList();

    /// <summary>How many times a call's page is linked from this address's digests.</summary>
    public static async Task<int> TimesSentAsync(this Mailbox mailbox, string email, FundingCall call) =>
        (await mailbox.DigestsAsync(email)).Sum(m => CountOf(m.TextBody ?? "", "/appels/" + call.Slug));

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    public static async Task<int> CountAlertsAsync(this PlateformeApp app, string email)
    {
        var contexts = app.Services.GetRequiredService<IDbContextFactory<Plateforme.Alerts.Store.AlertsDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Alerts.CountAsync(a => a.Email == email.ToLowerInvariant());
    }
}
