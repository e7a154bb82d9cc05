using Microsoft.Extensions.DependencyInjection;
using Plateforme.Search.Catalogue;
using Plateforme.Web.Tests.Accounts;
using Plateforme.Web.Tests.CallModeration;

namespace Plateforme.Web.Tests.CallsTrue;

/// <summary>A relay posts a third party's call: under the real funder (facet), « Relayé par … », a proposed funder moderated.</summary>
[Collection(CallModerationCollection.Name)]
public sealed class RelayTests(AccountsApp app)
{
    [Fact]
    public async Task A_relayed_call_counts_under_its_real_funder_and_names_its_relay()
    {
        using var relay = await app.FunderAsync("Maison des associations du Canal");
        var reference = (await ReferenceFundersAsync()).First();
        var word = "relayo" + Guid.NewGuid().ToString("N")[..6];
        var fields = CallModerationArrange.CallFields("Appel " + word);
        fields["relais"] = "oui";
        fields["financeur"] = reference.Name;

        var posted = await relay.Client.SubmitAsync(relay.NewCallPath, "call-form", fields);
        var callId = Guid.Parse(posted.Redirect!.Split('?')[0].Split('/')[^1]);
        await app.ApproveAsync(callId);
        var stored = await app.CallAsync(callId);
        var search = await app.SearchAsync(word, json => json.GetProperty("total").GetInt32() == 1, "the relayed call in the search");
        var page = await app.NewVisitor().GetAsync($"/appels/{stored.Slug}");

        Assert.Equal([reference.Slug], stored.Funders);
        Assert.Equal(relay.OrganisationId, stored.RelayedByOrganisationId);
        var facetValues = search.GetProperty("facets").EnumerateObject().SelectMany(f => f.Value.EnumerateArray())
            .Select(v => (Value: v.GetProperty("value").GetString(), Count: v.GetProperty("count").GetInt32())).ToList();
        Assert.Contains((reference.Slug, 1), facetValues);
        Assert.DoesNotContain(facetValues, v => v.Value!.StartsWith("maison-des-associations-du-canal", StringComparison.Ordinal));
        Assert.Equal(reference.Name, page.Html.QuerySelector("[data-testid=call-funder]")!.TextContent.Trim());
        Assert.Equal("Relayé par Maison des associations du Canal", Normalize(page.Html.QuerySelector("[data-testid=call-relay]")!.TextContent));
    }

    [Fact]
    public async Task A_proposed_funder_enters_the_reference_list_only_when_a_moderator_approves_the_call()
    {
        using var relay = await app.FunderAsync("Réseau des tiers-lieux");
        var name = CallModerationArrange.Unique("Fondation proposée");
        var fields = CallModerationArrange.CallFields(CallModerationArrange.Unique("Appel relayé"));
        fields["relais"] = "oui";
        fields["nouveau-financeur"] = name;
        fields["nouveau-financeur-type"] = "fondation";

        var unknown = await relay.Client.SubmitAsync(relay.NewCallPath, "call-form",
            new Dictionary<string, string>(fields) { ["nouveau-financeur"] = "", ["financeur"] = "Financeur qui n'existe pas" });
        var posted = await relay.Client.SubmitAsync(relay.NewCallPath, "call-form", fields);
        var callId = Guid.Parse(posted.Redirect!.Split('?')[0].Split('/')[^1]);
        var before = await ReferenceFundersAsync();
        var review = await (await app.ModeratorAsync()).GetAsync($"/moderation/appels/{callId}");
        await app.ApproveAsync(callId);
        var after = await ReferenceFundersAsync();
        var stored = await app.CallAsync(callId);

        Assert.Contains("n'est pas dans la liste de référence", unknown.Html.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(before, f => f.Name == name);
        Assert.Equal("Appel relayé par Réseau des tiers-lieux", Normalize(review.Html.QuerySelector("[data-testid=review-relay]")!.TextContent));
        Assert.StartsWith(name + " : nouveau financeur proposé", Normalize(review.Html.QuerySelector("[data-testid=review-proposed-funder]")!.TextContent), StringComparison.Ordinal);
        var accepted = Assert.Single(after, f => f.Name == name);
        Assert.Equal([accepted.Slug], stored.Funders);
    }

    private Task<IReadOnlyList<FunderName>> ReferenceFundersAsync() =>
        app.WithStoreAsync(services => services.GetRequiredService<PublishedCalls>().FunderNamesAsync());

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
