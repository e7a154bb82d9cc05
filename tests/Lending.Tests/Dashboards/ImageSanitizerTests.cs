using System.Buffers.Binary;
using System.Text;
using Plateforme.Lending.Photos;

namespace Plateforme.Lending.Tests.Dashboards;

/// <summary>Photos are recognised by their bytes and lose their metadata; anything else is refused.</summary>
public sealed class ImageSanitizerTests
{
    [Fact]
    public void A_jpeg_keeps_its_image_and_loses_exif_and_comments()
    {
        var jpeg = ImageSamples.Jpeg(width: 640, height: 480, withExif: true);

        var image = ImageSanitizer.Sanitize(jpeg);

        Assert.NotNull(image);
        Assert.Equal(("image/jpeg", 640, 480), (image.ContentType, image.Width, image.Height));
        Assert.DoesNotContain("GPS", Encoding.Latin1.GetString(image.Bytes), StringComparison.Ordinal);
        Assert.DoesNotContain("Appareil", Encoding.Latin1.GetString(image.Bytes), StringComparison.Ordinal);
        Assert.Contains("JFIF", Encoding.Latin1.GetString(image.Bytes), StringComparison.Ordinal);
        Assert.EndsWith("SCAN-DATA\u00ff\u00d9", Encoding.Latin1.GetString(image.Bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void A_png_loses_its_text_chunks_and_keeps_its_pixels()
    {
        var png = ImageSamples.Png(3, 2, withText: true);

        var image = ImageSanitizer.Sanitize(png);

        Assert.NotNull(image);
        Assert.Equal(("image/png", 3, 2), (image.ContentType, image.Width, image.Height));
        Assert.DoesNotContain("tEXt", Encoding.Latin1.GetString(image.Bytes), StringComparison.Ordinal);
        Assert.Equal(ImageSamples.Png(3, 2, withText: false), image.Bytes);
    }

    [Fact]
    public void A_webp_loses_exif_and_xmp_and_its_header_says_so()
    {
        var webp = ImageSamples.WebP(800, 600, withMetadata: true);

        var image = ImageSanitizer.Sanitize(webp);

        Assert.NotNull(image);
        Assert.Equal(("image/webp", 800, 600), (image.ContentType, image.Width, image.Height));
        var text = Encoding.Latin1.GetString(image.Bytes);
        Assert.DoesNotContain("EXIF", text, StringComparison.Ordinal);
        Assert.DoesNotContain("XMP ", text, StringComparison.Ordinal);
        Assert.Equal(image.Bytes.Length - 8, (int)BinaryPrimitives.ReadUInt32LittleEndian(image.Bytes.AsSpan(4, 4)));
        Assert.Equal(0, image.Bytes[20] & 0b1100);
    }

    [Theory]
    [InlineData("GIF89a")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")]
    [InlineData("%PDF-1.7")]
    [InlineData("")]
    public void Other_files_are_refused(string content) =>
        Assert.Null(ImageSanitizer.Sanitize(Encoding.ASCII.GetBytes(content)));

    [Fact]
    public void A_truncated_or_forged_image_is_refused()
    {
        var jpeg = ImageSamples.Jpeg(640, 480, withExif: false);
        var png = ImageSamples.Png(3, 2, withText: false);

        Assert.Null(ImageSanitizer.Sanitize(jpeg.AsSpan(0, 30)));
        Assert.Null(ImageSanitizer.Sanitize(png.AsSpan(0, png.Length - 12)));
        Assert.Null(ImageSanitizer.Sanitize(ImageSamples.Png(0, 2, withText: false)));
    }
}
