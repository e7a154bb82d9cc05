using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Accounts.Organisations;
using Plateforme.Accounts.Users;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Moderation;
using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.CallModeration;

/// <summary>Steps the call moderation tests share: a funder with an organisation, a filled form, a moderator, the catalogue.</summary>
public static class CallModerationArrange
{
    public static string Unique(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>A member signed up through the pages who owns a fresh association.</summary>
    public static async Task<Funder> FunderAsync(this AccountsApp app, string organisationName = "Fondation du Canal")
    {
        var email = AccountFlows.NewEmail("financeur");
        var client = await app.SignedInMemberAsync(email, "Claire Financeur");
        var (userId, organisationId) = await app.WithStoreAsync(async services =>
        {
            var user = await services.GetRequiredService<UserManager<PlatformUser>>().FindByEmailAsync(email);
            var organisation = AccountsApp.Association("W" + Random.Shared.Next(100_000_000, 999_999_999)) with { Name = organisationName, Kind = OrganisationKind.Fondation };
            var created = await services.GetRequiredService<OrganisationService>().CreateAsync(user!.Id, organisation);
            return (user.Id, created.Id!.Value);
        });
        return new Funder(client, email, userId, organisationId, organisationName);
    }

    public static async Task<AccountClient> ModeratorAsync(this AccountsApp app)
    {
        var moderator = app.NewVisitor();
        await moderator.SignInAsync(AccountsApp.AdminEmail, AccountsApp.AdminPassword);
        return moderator;
    }

    /// <summary>The hidden fields (antiforgery, handler) of a form as a page rendered it, to post it later.</summary>
    public static Dictionary<string, string> HiddenFields(AccountClient.Page page, string formTestId)
    {
        var form = page.Html.QuerySelector($"form[data-testid={formTestId}]") ?? throw new Xunit.Sdk.XunitException($"No form {formTestId}");
        return form.QuerySelectorAll("input[type=hidden]").Cast<AngleSharp.Html.Dom.IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name)).ToDictionary(i => i.Name!, i => i.Value, StringComparer.Ordinal);
    }

    /// <summary>Every field of a valid call, as the form posts it.</summary>
    public static Dictionary<string, string> CallFields(string title, string action = "soumettre") => new()
    {
        ["Input.Title"] = title,
        ["Input.Summary"] = "Soutenir les jardins partagés des quartiers prioritaires de la Somme.",
        ["Input.Description"] = "Premier paragraphe.\r\n\r\nSecond paragraphe avec <script>alert(1)</script> du texte.",
        ["Input.Territory"] = "dep:80",
        ["Input.OpensOn"] = "2026-11-01",
        ["Input.Deadline"] = "2027-03-31",
        ["Input.DeadlineTime"] = "17:00",
        ["Input.MinAmount"] = "5000",
        ["Input.MaxAmount"] = "20 000,50",
        ["Input.RateMax"] = "80",
        ["Input.Envelope"] = "200000",
        ["Input.MaxWinners"] = "12",
        ["Input.Recurrence"] = "Recurring",
        ["Input.IsCallForProjects"] = "true",
        ["Input.OriginUrl"] = "https://fondation.example/appel",
        ["Input.ApplicationUrl"] = "https://fondation.example/candidater",
        ["Input.Contact"] = "appels@fondation.example",
        ["theme"] = "emploi-insertion",
        ["beneficiaire"] = "association",
        ["aide"] = "subvention",
        ["Input.Action"] = action,
    };

    /// <summary>Posts the call form and returns the new call's id from the redirect.</summary>
    public static async Task<Guid> SubmitCallAsync(this Funder funder, string title, string action = "soumettre")
    {
        var page = await funder.Client.SubmitAsync(funder.NewCallPath, "call-form", CallFields(title, action));
        Assert.True(page.Status == HttpStatusCode.Redirect, $"The call form answered {page.Status}: {page.Message}");
        return Guid.Parse(page.Redirect!.Split('?')[0].Split('/')[^1]);
    }

    public static Task<FundingCall> CallAsync(this AccountsApp app, Guid callId) =>
        app.WithStoreAsync(async services =>
        {
            await using var db = await services.GetRequiredService<IDbContextFactory<CatalogueDbContext>>().CreateDbContextAsync();
            return await db.FundingCalls.AsNoTracking().Include(c => c.History).FirstAsync(c => c.Id == callId);
        });

    public static Task<List<ModerationRecord>> RecordsAsync(this AccountsApp app, Guid callId) =>
        app.WithStoreAsync(async services =>
        {
            await using var db = await services.GetRequiredService<IDbContextFactory<CatalogueDbContext>>().CreateDbContextAsync();
            return await db.ModerationRecords.AsNoTracking().Where(r => r.CallId == callId).OrderBy(r => r.Id).ToListAsync();
        });

    /// <summary>Writes calls and history rows straight into the catalogue, as the crawler would.</summary>
    public static Task SaveAsync(this AccountsApp app, params object[] entities) =>
        app.WithStoreAsync(async services =>
        {
            await using var db = await services.GetRequiredService<IDbContextFactory<CatalogueDbContext>>().CreateDbContextAsync();
            db.AddRange(entities);
            await db.SaveChangesAsync();
            return 0;
        });

    /// <summary>A call found by an untrusted source, waiting for review, or a published one.</summary>
    public static FundingCall CrawledCall(string title, ModerationState state)
    {
        var id = Guid.NewGuid();
        return new FundingCall
        {
            Id = id,
            Slug = "robot-" + id.ToString("N")[..12],
            Title = title,
            Summary = "Trouvé par le robot.",
            Territory = "reg:32",
            Themes = ["emploi-insertion"],
            Beneficiaries = ["association"],
            AidTypes = ["subvention"],
            Deadline = new DateOnly(2027, 2, 15),
            State = state,
            PublishedAt = state == ModerationState.Published ? PlateformeApp.Now : null,
            CreatedAt = PlateformeApp.Now,
            UpdatedAt = PlateformeApp.Now,
            Sources = [new SourceRecord { CallId = id, SourceId = "region-hdf", ExternalId = id.ToString("N"), Url = "https://region.example/" + id.ToString("N"), FirstSeenAt = PlateformeApp.Now, LastSeenAt = PlateformeApp.Now }],
            History = [new CallChange { CallId = id, At = PlateformeApp.Now, Actor = "crawler:region-hdf", Kind = CallChangeKind.Created }],
        };
    }

    /// <summary>Polls the search API until the call shows up (the indexer drains the outbox within a second); fails if it never does.</summary>
    public static async Task AssertEventuallySearchableAsync(this AccountsApp app, string words, Guid callId)
    {
        using var http = app.App.CreateClient();
        await Eventually.ValueAsync(
            async () =>
            {
                // Drained here rather than waiting for the background indexer's turn; the searcher reopens within moments.
                await app.App.Services.GetRequiredService<Plateforme.Search.Outbox.OutboxDrainer>().DrainAsync();
                return await http.GetStringAsync("/api/calls?q=" + Uri.EscapeDataString(words));
            },
            json => json.Contains(callId.ToString(), StringComparison.Ordinal),
            $"the call {callId} in the search results for \"{words}\"");
    }
}
