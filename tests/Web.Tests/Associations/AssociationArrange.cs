using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Accounts.Organisations;
using Plateforme.Accounts.Users;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Indexing;
using Plateforme.Web.Tests.Accounts;
using Plateforme.Web.Tests.Alerts;

namespace Plateforme.Web.Tests.Associations;

/// <summary>A member and their organisation, its profile set through the form, and published calls with a chosen perimeter.</summary>
public static class AssociationArrange
{
    /// <summary>Amiens: a commune of the Somme, in the Hauts-de-France (reg:32).</summary>
    public const string Amiens = "com:80021";

    public sealed record Member(AccountClient Client, string Email, Guid OrganisationId) : IDisposable
    {
        public string Matching => $"/organisations/{OrganisationId}/pour-mon-association";

        public string Applications => $"/organisations/{OrganisationId}/candidatures";

        public string Profile => $"/organisations/{OrganisationId}/profil";

        public void Dispose() => Client.Dispose();
    }

    public static async Task<Member> MemberWithAssociationAsync(this AlertsApp app, string name)
    {
        var email = AccountFlows.NewEmail("asso");
        var client = await app.Accounts.SignedInMemberAsync(email, "Nadia Trésorière");
        var organisationId = await app.Accounts.WithStoreAsync(async services =>
        {
            var user = await services.GetRequiredService<UserManager<PlatformUser>>().FindByEmailAsync(email);
            var request = AccountsApp.Association("W" + Random.Shared.Next(100_000_000, 999_999_999)) with { Name = name };
            var created = await services.GetRequiredService<OrganisationService>().CreateAsync(user!.Id, request);
            return created.Id!.Value;
        });
        return new Member(client, email, organisationId);
    }

    /// <summary>Fills the profile form as a member does (the picked territory's code, checked themes) and submits it.</summary>
    public static async Task<AccountClient.Page> SaveProfileAsync(this Member member, string territory, params string[] themes)
    {
        var page = await member.Client.GetAsync(member.Profile);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var form = page.Html.QuerySelector("form[data-testid=profile-form]")!;
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
            new("kind", "Association"),
            new("territory", territory),
            new("territoryText", ""),
            new("size", "UpToTenEmployees"),
            new("generalInterest", "true"),
        };
        fields.AddRange(themes.Select(theme => new KeyValuePair<string, string>("theme", theme)));
        using var content = new FormUrlEncodedContent(fields);
        using var response = await member.Client.Http.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), content);
        return await AccountClient.Page.ReadAsync(response);
    }

    /// <summary>A published call (indexed before returning) with its perimeter, themes, beneficiaries and deadline in days from the clock.</summary>
    public static async Task<FundingCall> CallAsync(this PlateformeApp app, string title, string territory, string theme, string beneficiary, int deadlineInDays)
    {
        var now = app.Clock.GetUtcNow();
        var today = CallStatusRules.TodayInParis(app.Clock);
        var call = new FundingCall
        {
            Slug = "appel-" + Guid.NewGuid().ToString("N")[..12],
            Title = title,
            Summary = "Appel de test : " + title,
            Territory = territory,
            Territories = [territory],
            Themes = [theme],
            Beneficiaries = [beneficiary],
            AidTypes = ["subvention"],
            OpensOn = today.AddDays(-30),
            Deadline = today.AddDays(deadlineInDays),
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

    /// <summary>Posts a form of the page found by its test id, with its hidden fields and the values given.</summary>
    public static async Task<AccountClient.Page> PostFormAsync(this AccountClient client, AccountClient.Page page, string formTestId, IReadOnlyDictionary<string, string>? values = null)
    {
        var form = page.Html.QuerySelector($"form[data-testid='{formTestId}']") ?? throw new Xunit.Sdk.XunitException($"No form {formTestId}");
        var fields = form.QuerySelectorAll("input[type=hidden]").Where(i => !string.IsNullOrEmpty(i.GetAttribute("name")))
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "", StringComparer.Ordinal);
        foreach (var (name, value) in values ?? new Dictionary<string, string>()) fields[name] = value;
        return await client.PostAsync(form.GetAttribute("action")!, fields);
    }
}
