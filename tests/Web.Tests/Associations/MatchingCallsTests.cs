using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Alerts.Subscriptions;
using Plateforme.Web.Tests.Accounts;
using Plateforme.Web.Tests.Alerts;

namespace Plateforme.Web.Tests.Associations;

/// <summary>« Appels pour mon association »: the profile form, the fitting calls with their reasons, the alert from the profile.</summary>
[Collection(AlertsCollection.Name)]
public sealed class MatchingCallsTests(AlertsApp app)
{
    [Fact]
    public async Task The_list_holds_the_calls_whose_kind_territory_and_theme_fit_each_with_its_reasons_deadlines_first()
    {
        using var member = await app.MemberWithAssociationAsync("Sport pour tous Amiens");
        var saved = await member.SaveProfileAsync(AssociationArrange.Amiens, "sport");
        Assert.Equal($"{member.Profile}?enregistre=1", saved.Redirect);
        var word = AlertFlows.NewWord();
        var regional = await app.App.CallAsync("Régional " + word, "reg:32", "sport", "association", deadlineInDays: 40);
        var communal = await app.App.CallAsync("Amiénois " + word, AssociationArrange.Amiens, "sport", "association", deadlineInDays: 12);
        var elsewhere = await app.App.CallAsync("Ailleurs " + word, "dep:93", "sport", "association", deadlineInDays: 20);
        var otherTheme = await app.App.CallAsync("Culture " + word, "reg:32", "culture-patrimoine", "association", deadlineInDays: 20);
        var communesOnly = await app.App.CallAsync("Communes " + word, "reg:32", "sport", "commune", deadlineInDays: 20);
        var closed = await app.App.CallAsync("Clos " + word, "reg:32", "sport", "association", deadlineInDays: -2);

        var page = await member.Client.GetAsync(member.Matching);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var titles = page.Html.QuerySelectorAll("[data-testid=matching-title]").Select(t => t.TextContent.Trim()).Where(t => t.EndsWith(word, StringComparison.Ordinal)).ToList();
        Assert.Equal([communal.Title, regional.Title], titles);
        var regionalCard = page.Html.QuerySelector($"#appel-{regional.Id}")!;
        Assert.Equal(["Votre territoire : Hauts-de-France", "Votre thème : Sport", "Ouvert aux associations"],
            regionalCard.QuerySelectorAll("[data-testid=matching-reason]").Select(r => r.TextContent.Trim()));
        var communalCard = page.Html.QuerySelector($"#appel-{communal.Id}")!;
        Assert.Contains("Votre territoire : Amiens", communalCard.TextContent, StringComparison.Ordinal);
        foreach (var excluded in new[] { elsewhere, otherTheme, communesOnly, closed })
        {
            Assert.Null(page.Html.QuerySelector($"#appel-{excluded.Id}"));
        }
        Assert.Contains("Association · Amiens · Sport · 1 à 9 salariés · Reconnue d'intérêt général",
            page.Html.QuerySelector("[data-testid=profile-summary]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_département_association_is_not_offered_the_call_of_one_of_its_communes()
    {
        using var member = await app.MemberWithAssociationAsync("Somme Solidaire");
        await member.SaveProfileAsync("dep:80", "solidarite-inclusion");
        var word = AlertFlows.NewWord();
        var departmental = await app.App.CallAsync("Département " + word, "dep:80", "solidarite-inclusion", "association", 30);
        var communal = await app.App.CallAsync("Commune " + word, AssociationArrange.Amiens, "solidarite-inclusion", "association", 30);

        var page = await member.Client.GetAsync(member.Matching);

        Assert.NotNull(page.Html.QuerySelector($"#appel-{departmental.Id}"));
        Assert.Null(page.Html.QuerySelector($"#appel-{communal.Id}"));
    }

    [Fact]
    public async Task An_unknown_territory_is_refused_with_a_French_message_and_the_profile_kept()
    {
        using var member = await app.MemberWithAssociationAsync("Territoire inconnu");

        var refused = await member.SaveProfileAsync("dep:999", "sport");
        var form = await member.Client.GetAsync(refused.Redirect!);

        Assert.Contains("Territoire introuvable", form.Html.QuerySelector("[data-testid=profile-errors]")!.TextContent, StringComparison.Ordinal);
        var organisation = await member.Client.GetAsync($"/organisations/{member.OrganisationId}");
        Assert.Contains("Aucun thème choisi", organisation.Html.QuerySelector("[data-testid=organisation-profile-summary]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_alert_button_asks_for_a_weekly_alert_on_the_profile_s_filters()
    {
        using var member = await app.MemberWithAssociationAsync("Alerte Amiens");
        await member.SaveProfileAsync(AssociationArrange.Amiens, "sport", "jeunesse");
        var page = await member.Client.GetAsync(member.Matching);

        var asked = await member.Client.PostFormAsync(page, "alert-form");

        Assert.Equal($"{member.Matching}?alerte=1#alerte", asked.Redirect);
        Assert.Single(await app.Mailbox.ToAsync(member.Email), m => m.Subject == AlertFlows.ConfirmSubject);
        var alert = await app.Accounts.WithStoreAsync(async services =>
            Assert.Single(await services.GetRequiredService<AlertService>().ForPersonAsync(Guid.Empty, member.Email)));
        Assert.Equal("?beneficiary=association&territory=com%3A80021&theme=sport&theme=jeunesse", alert.Query);
        Assert.Equal(AlertFrequency.Weekly, alert.Frequency);
        Assert.Equal("Appels pour Alerte Amiens", alert.Description);
    }

    [Fact]
    public async Task Calls_meeting_most_of_the_words_follow_under_résultats_approchants_on_the_page_and_in_the_API()
    {
        string[] words = [AlertFlows.NewWord(), AlertFlows.NewWord(), AlertFlows.NewWord()];
        var all = await app.App.CallAsync($"Tous {words[0]} {words[1]} {words[2]}", "dep:80", "sport", "association", 30);
        var two = await app.App.CallAsync($"Deux {words[0]} {words[1]}", "dep:80", "sport", "association", 30);
        var one = await app.App.CallAsync($"Un {words[0]}", "dep:80", "sport", "association", 30);
        var query = Uri.EscapeDataString(string.Join(' ', words));
        using var visitor = app.NewVisitor();

        var page = await visitor.GetAsync($"/recherche?q={query}");
        var api = await JsonAsync($"/api/calls?q={query}");
        var exactOnly = await JsonAsync($"/api/calls?q={query}&approximate=exclude");
        var wrong = await visitor.Http.GetAsync(new Uri("/api/calls?approximate=peut-etre", UriKind.Relative));

        Assert.Equal([all.Title], page.Html.QuerySelectorAll("[data-testid=results-list] [data-testid=result-title]").Select(t => t.TextContent.Trim()));
        var approximate = page.Html.QuerySelector("[data-testid=approximate-results]")!;
        Assert.Equal("Résultats approchants", approximate.QuerySelector("h2")!.TextContent.Trim());
        Assert.Equal([two.Title], approximate.QuerySelectorAll("[data-testid=result-title]").Select(t => t.TextContent.Trim()));
        Assert.DoesNotContain(one.Title, page.Text, StringComparison.Ordinal);
        Assert.Equal(1, api.GetProperty("approximateCount").GetInt32());
        Assert.Equal([(all.Title, false), (two.Title, true)],
            api.GetProperty("hits").EnumerateArray().Select(h => (h.GetProperty("title").GetString()!, h.GetProperty("isApproximate").GetBoolean())));
        Assert.Equal(1, exactOnly.GetProperty("total").GetInt32());
        Assert.Equal(0, exactOnly.GetProperty("approximateCount").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var document = await visitor.Http.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        Assert.Contains("\"name\": \"approximate\"", document.Replace("\"name\":\"", "\"name\": \"", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private async Task<JsonElement> JsonAsync(string url)
    {
        using var client = app.App.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri(url, UriKind.Relative)));
        return document.RootElement.Clone();
    }
}
