using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Outbox;
using Plateforme.Web.Tests.Accounts;
using Plateforme.Web.Tests.CallModeration;

namespace Plateforme.Web.Tests.CallsTrue;

/// <summary>Steps the « calls stay true » tests share: a published call of a funder, its pending proposals, the search API.</summary>
public static class CallsTrueArrange
{
    /// <summary>A call submitted through the form by <paramref name="funder"/> and approved by a moderator.</summary>
    public static async Task<Guid> PublishedCallAsync(this AccountsApp app, CallModeration.Funder funder, string title)
    {
        var callId = await funder.SubmitCallAsync(title);
        await app.ApproveAsync(callId);
        return callId;
    }

    public static async Task ApproveAsync(this AccountsApp app, Guid callId)
    {
        using var moderator = await app.ModeratorAsync();
        var approved = await moderator.SubmitAsync($"/moderation/appels/{callId}", "approve-form", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, approved.Status);
    }

    /// <summary>The form's fields of a valid call with the given changes, for its editor.</summary>
    public static Dictionary<string, string> Edited(string title, string action, params (string Field, string Value)[] changes)
    {
        var fields = CallModerationArrange.CallFields(title, action);
        foreach (var (field, value) in changes) fields[field] = value;
        return fields;
    }

    /// <summary>The proposals still waiting for a moderator on a call.</summary>
    public static Task<List<CallChange>> PendingAsync(this AccountsApp app, Guid callId) =>
        app.WithStoreAsync(async services =>
        {
            await using var db = await services.GetRequiredService<IDbContextFactory<CatalogueDbContext>>().CreateDbContextAsync();
            var decided = await db.ModerationRecords.AsNoTracking().Where(r => r.ChangeId != null).Select(r => r.ChangeId!.Value).ToListAsync();
            return await db.CallChanges.AsNoTracking()
                .Where(c => c.CallId == callId && c.Kind == CallChangeKind.PendingReview && !decided.Contains(c.Id)).ToListAsync();
        });

    /// <summary>The search API's answer for <paramref name="words"/> once the outbox is drained.</summary>
    public static async Task<JsonElement> SearchAsync(this AccountsApp app, string words, Func<JsonElement, bool> until, string what)
    {
        using var http = app.App.CreateClient();
        var json = await Eventually.ValueAsync(
            async () =>
            {
                await app.App.Services.GetRequiredService<OutboxDrainer>().DrainAsync();
                return await http.GetStringAsync("/api/calls?q=" + Uri.EscapeDataString(words));
            },
            text => until(JsonDocument.Parse(text).RootElement),
            what);
        return JsonDocument.Parse(json).RootElement;
    }
}
