using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Lending.Campaigns;
using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.Lending;

/// <summary>
/// An upload is refused before its file is read when it may not be added, and uploads are limited per person
/// (issue 16, finding 6).
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class PhotoUploadRefusalTests(DashboardApp fixture)
{
    // Not an image: decoding it would answer « pas une photo » (?photo=format); refused first, it answers ?photo=refusee.
    private static readonly byte[] NotAnImage = "<svg onload=alert(1)>"u8.ToArray();

    private readonly AccountsApp app = fixture.App;

    [Fact]
    public async Task An_upload_to_another_carriers_draft_is_refused_without_reading_the_file()
    {
        var (_, ownerId) = await app.MemberAsync("Épicerie du Canal");
        var others = await DraftAsync(ownerId, "La campagne d'un autre");
        var (stranger, strangerId) = await app.MemberAsync("Quelqu'un d'autre");
        using var _ = stranger;
        var own = await DraftAsync(strangerId, "Ma campagne");
        var hidden = await PhotoFormFieldsAsync(stranger, own);

        using var response = await PostAsync(stranger, others, hidden, NotAnImage);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/prets/mes-campagnes/{others}/modifier?photo=refusee", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_upload_to_an_unknown_campaign_is_refused_without_reading_the_file()
    {
        var (carrier, carrierId) = await app.MemberAsync("Épicerie du Canal");
        using var _ = carrier;
        var own = await DraftAsync(carrierId, "Ma campagne");
        var hidden = await PhotoFormFieldsAsync(carrier, own);
        var unknown = Guid.NewGuid();

        using var response = await PostAsync(carrier, unknown, hidden, NotAnImage);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/prets/mes-campagnes/{unknown}/modifier?photo=refusee", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Uploads_beyond_the_limit_are_answered_429_in_french()
    {
        var (carrier, carrierId) = await app.MemberAsync("Épicerie du Canal");
        using var _ = carrier;
        var own = await DraftAsync(carrierId, "Ma campagne");
        var hidden = await PhotoFormFieldsAsync(carrier, own);

        for (var i = 0; i < 20; i++)
        {
            using var allowed = await PostAsync(carrier, own, hidden, NotAnImage);
            Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        }

        using var refused = await PostAsync(carrier, own, hidden, NotAnImage);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.StartsWith("Trop de photos envoyées", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private Task<Guid> DraftAsync(string carrierId, string title) =>
        app.WithStoreAsync(async services => (await services.GetRequiredService<CampaignService>().CreateDraftAsync(
            new CampaignDraft(carrierId, title, "<p>Histoire</p>", "alimentation", "com:59350", 100_000, app.Today().AddDays(30), 12, 0))).Id);

    /// <summary>The hidden fields (the antiforgery token) of the photo form on one's own draft.</summary>
    private static async Task<List<(string Name, string Value)>> PhotoFormFieldsAsync(AccountClient carrier, Guid draftId)
    {
        var edit = await carrier.GetAsync($"/prets/mes-campagnes/{draftId}/modifier");
        var form = (IHtmlFormElement)edit.Html.QuerySelector("form[data-testid=photo-form]")!;
        return form.QuerySelectorAll("input[type=hidden]").Cast<IHtmlInputElement>().Select(i => (i.Name!, i.Value)).ToList();
    }

    private static async Task<HttpResponseMessage> PostAsync(AccountClient carrier, Guid campaignId, List<(string Name, string Value)> hidden, byte[] content)
    {
        using var body = new MultipartFormDataContent();
        foreach (var (name, value) in hidden) body.Add(new StringContent(value), name);
        body.Add(new StringContent("La devanture"), "altText");
        body.Add(new ByteArrayContent(content), "photo", "photo.jpg");
        return await carrier.Http.PostAsync(new Uri($"/prets/mes-campagnes/{campaignId}/photos", UriKind.Relative), body);
    }
}
