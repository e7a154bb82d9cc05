using Plateforme.Lending.Photos;
using Plateforme.Lending.Tests.Support;
using Plateforme.Lending.Validation;

namespace Plateforme.Lending.Tests.Dashboards;

/// <summary>What a carrier is told when a photo is refused, and what is stored when it is not.</summary>
public sealed class PhotoServiceTests
{
    [Fact]
    public async Task A_jpeg_with_gps_is_stored_re_encoded_with_its_dimensions()
    {
        await using var fixture = await LendingFixture.SqliteAsync();
        var photos = new DashboardServices(fixture).Photos;
        var draft = await fixture.Campaigns.CreateDraftAsync(TestData.Draft());

        var added = await photos.AddAsync(draft.Id, TestData.Carrier, ImageSamples.Jpeg(120, 80, withExif: true), "La devanture");
        var stored = (await photos.FindAsync(added.Id))!.Value.Photo;

        Assert.Equal((120, 80), (added.Width, added.Height));
        Assert.Equal("image/jpeg", stored.ContentType);
        Assert.DoesNotContain(ImageSamples.GpsText, System.Text.Encoding.Latin1.GetString(stored.Bytes), StringComparison.Ordinal);
        var decoded = StbImageSharp.ImageResult.FromMemory(stored.Bytes);
        Assert.Equal((120, 80), (decoded.Width, decoded.Height));
    }

    [Fact]
    public async Task Refused_files_are_explained_in_french_and_nothing_is_stored()
    {
        await using var fixture = await LendingFixture.SqliteAsync();
        var photos = new DashboardServices(fixture).Photos;
        var draft = await fixture.Campaigns.CreateDraftAsync(TestData.Draft());
        byte[] tooHeavy = [.. ImageSamples.Png(2, 2, withText: false), .. new byte[PhotoService.MaxBytes]];

        var heavy = await Assert.ThrowsAsync<LendingValidationException>(() => photos.AddAsync(draft.Id, TestData.Carrier, tooHeavy, null));
        var webp = await Assert.ThrowsAsync<LendingValidationException>(() => photos.AddAsync(draft.Id, TestData.Carrier, ImageSamples.WebP(), null));
        var huge = await Assert.ThrowsAsync<LendingValidationException>(() =>
            photos.AddAsync(draft.Id, TestData.Carrier, ImageSamples.JpegClaiming(9_000, 9_000), null));
        var renamed = await Assert.ThrowsAsync<LendingValidationException>(() =>
            photos.AddAsync(draft.Id, TestData.Carrier, "<svg onload=alert(1)>"u8.ToArray(), null));

        Assert.Equal("Une photo ne doit pas dépasser 5 Mo.", heavy.Errors[PhotoService.Field].Single());
        Assert.Equal("Les photos WebP ne sont pas acceptées. Formats acceptés : JPEG et PNG.", webp.Errors[PhotoService.Field].Single());
        Assert.Equal("Cette photo est trop grande : 10 000 pixels de côté et 40 mégapixels au plus.", huge.Errors[PhotoService.Field].Single());
        Assert.Equal("Ce fichier n'est pas une photo JPEG ou PNG lisible. Formats acceptés : JPEG et PNG.", renamed.Errors[PhotoService.Field].Single());
        Assert.Empty((await photos.ListAsync([draft.Id])).GetValueOrDefault(draft.Id) ?? []);
    }
}
