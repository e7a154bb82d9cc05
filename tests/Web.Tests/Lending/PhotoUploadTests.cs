using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Lending.Campaigns;
using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.Lending;

/// <summary>A carrier adds photos to a draft; they are checked by content, re-encoded without metadata, and shown once public.</summary>
[Collection(DashboardCollection.Name)]
public sealed class PhotoUploadTests(DashboardApp fixture)
{
    private readonly AccountsApp app = fixture.App;

    private static async Task<AccountClient.Page> UploadAsync(AccountClient carrier, Guid campaignId, byte[] content, string fileName)
    {
        var edit = await carrier.GetAsync($"/prets/mes-campagnes/{campaignId}/modifier");
        var form = (IHtmlFormElement)edit.Html.QuerySelector("form[data-testid=photo-form]")!;
        using var body = new MultipartFormDataContent();
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]").Cast<IHtmlInputElement>()) body.Add(new StringContent(hidden.Value), hidden.Name!);
        body.Add(new StringContent("La devanture"), "altText");
        body.Add(new ByteArrayContent(content), "photo", fileName);
        using var response = await carrier.Http.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), body);
        return await AccountClient.Page.ReadAsync(response);
    }

    [Fact]
    public async Task A_photo_is_stored_without_its_metadata_hidden_from_strangers_until_the_campaign_is_published()
    {
        var (carrier, carrierId) = await app.MemberAsync("Épicerie du Canal");
        using var _ = carrier;
        var draft = await app.WithStoreAsync(services => services.GetRequiredService<CampaignService>().CreateDraftAsync(
            new CampaignDraft(carrierId, "Épicerie en photos", "<p>Histoire</p>", "alimentation", "com:59350", 100_000, app.Today().AddDays(30), 12, 0)));

        var uploaded = await UploadAsync(carrier, draft.Id, PhotoSamples.JpegWithGps, "devanture.jpg");
        var edit = await carrier.GetAsync(uploaded.Redirect!);
        var photoPath = edit.Html.QuerySelector("[data-testid=draft-photo] img")!.GetAttribute("src")!;
        var own = await carrier.Http.GetByteArrayAsync(new Uri(photoPath, UriKind.Relative));
        using var visitor = app.NewVisitor();
        using var hidden = await visitor.Http.GetAsync(new Uri(photoPath, UriKind.Relative));
        await app.WithStoreAsync(async services =>
        {
            var campaigns = services.GetRequiredService<CampaignService>();
            await campaigns.SubmitAsync(draft.Id, carrierId);
            return await campaigns.PublishAsync(draft.Id, DashboardArrange.ModeratorId);
        });
        using var shown = await visitor.Http.GetAsync(new Uri(photoPath, UriKind.Relative));
        var page = await visitor.GetAsync($"/prets/{draft.Id}");
        var list = await visitor.GetAsync("/prets");

        Assert.Equal($"/prets/mes-campagnes/{draft.Id}/modifier?photo=ajoutee", uploaded.Redirect);
        Assert.Equal("La photo est ajoutée.", edit.Html.QuerySelector("[data-testid=photo-message]")!.TextContent.Trim());
        Assert.DoesNotContain("GPS", System.Text.Encoding.Latin1.GetString(own), StringComparison.Ordinal);
        var decoded = StbImageSharp.ImageResult.FromMemory(own);
        Assert.Equal((640, 480), (decoded.Width, decoded.Height));
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Equal("image/jpeg", shown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(photoPath, page.Html.QuerySelector("[data-testid=campaign-photo]")!.GetAttribute("src"));
        Assert.Equal("La devanture", page.Html.QuerySelector("[data-testid=campaign-photo]")!.GetAttribute("alt"));
        Assert.NotNull(list.Html.QuerySelector($"[data-campaign='{draft.Id}'] [data-testid=campaign-photo]"));
    }

    [Fact]
    public async Task A_file_that_is_not_a_photo_is_refused_whatever_its_name()
    {
        var (carrier, carrierId) = await app.MemberAsync("Épicerie du Canal");
        using var _ = carrier;
        var draft = await app.WithStoreAsync(services => services.GetRequiredService<CampaignService>().CreateDraftAsync(
            new CampaignDraft(carrierId, "Épicerie sans photo", "<p>Histoire</p>", "alimentation", "com:59350", 100_000, app.Today().AddDays(30), 12, 0)));

        var uploaded = await UploadAsync(carrier, draft.Id, "<svg onload=alert(1)>"u8.ToArray(), "photo.jpg");
        var edit = await carrier.GetAsync(uploaded.Redirect!);

        Assert.Equal("Ce fichier n'est pas une photo JPEG ou PNG lisible. Formats acceptés : JPEG et PNG.", edit.Html.QuerySelector("[data-testid=photo-message]")!.TextContent.Trim());
        Assert.Null(edit.Html.QuerySelector("[data-testid=draft-photo]"));
    }

    [Fact]
    public async Task A_webp_is_refused_with_the_accepted_formats_and_the_form_offers_only_jpeg_and_png()
    {
        var (carrier, carrierId) = await app.MemberAsync("Épicerie du Canal");
        using var _ = carrier;
        var draft = await app.WithStoreAsync(services => services.GetRequiredService<CampaignService>().CreateDraftAsync(
            new CampaignDraft(carrierId, "Épicerie en WebP", "<p>Histoire</p>", "alimentation", "com:59350", 100_000, app.Today().AddDays(30), 12, 0)));
        byte[] webp = [.. "RIFF"u8, 24, 0, 0, 0, .. "WEBP"u8, .. "VP8 "u8, 12, 0, 0, 0, 0x30, 0x01, 0x00, 0x9D, 0x01, 0x2A, 8, 0, 8, 0, 0, 0];

        var uploaded = await UploadAsync(carrier, draft.Id, webp, "photo.webp");
        var edit = await carrier.GetAsync(uploaded.Redirect!);

        Assert.Equal("Les photos WebP ne sont pas acceptées. Formats acceptés : JPEG et PNG.", edit.Html.QuerySelector("[data-testid=photo-message]")!.TextContent.Trim());
        Assert.Equal("image/jpeg,image/png", edit.Html.QuerySelector("form[data-testid=photo-form] input[type=file]")!.GetAttribute("accept"));
        Assert.Null(edit.Html.QuerySelector("[data-testid=draft-photo]"));
    }
}
