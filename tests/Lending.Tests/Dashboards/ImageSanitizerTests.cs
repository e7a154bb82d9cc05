using System.Text;
using Plateforme.Lending.Photos;
using StbImageSharp;

namespace Plateforme.Lending.Tests.Dashboards;

/// <summary>Photos are recognised by their bytes and re-encoded: only their pixels survive; other files are refused.</summary>
public sealed class ImageSanitizerTests
{
    private static ImageResult Decode(byte[] bytes) => ImageResult.FromMemory(bytes, ColorComponents.RedGreenBlueAlpha);

    [Fact]
    public void A_jpeg_comes_back_without_its_exif_and_comment_with_the_same_picture()
    {
        var jpeg = ImageSamples.Jpeg(width: 64, height: 48, withExif: true);

        var image = ImageSanitizer.Sanitize(jpeg, out var refusal);

        Assert.NotNull(image);
        Assert.Equal(PhotoRefusal.None, refusal);
        Assert.Equal(("image/jpeg", 64, 48), (image.ContentType, image.Width, image.Height));
        var text = Encoding.Latin1.GetString(image.Bytes);
        Assert.DoesNotContain("Exif", text, StringComparison.Ordinal);
        Assert.DoesNotContain(ImageSamples.GpsText, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Appareil", text, StringComparison.Ordinal);
        var decoded = Decode(image.Bytes);
        Assert.Equal((64, 48), (decoded.Width, decoded.Height));
        var original = Decode(jpeg);
        // Lossy both times: the same picture within JPEG's error, not a blank or shifted one.
        Assert.True(MeanDifference(original.Data, decoded.Data) < 6, "the re-encoded JPEG should look like the original");
    }

    [Fact]
    public void A_png_comes_back_without_its_text_chunk_with_exactly_the_same_pixels()
    {
        var png = ImageSamples.Png(5, 3, withText: true, withAlpha: true);

        var image = ImageSanitizer.Sanitize(png);

        Assert.NotNull(image);
        Assert.Equal(("image/png", 5, 3), (image.ContentType, image.Width, image.Height));
        var text = Encoding.Latin1.GetString(image.Bytes);
        Assert.DoesNotContain("tEXt", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Jeanne", text, StringComparison.Ordinal);
        Assert.Equal(Decode(png).Data, Decode(image.Bytes).Data);
    }

    [Fact]
    public void Data_after_the_end_of_an_image_is_left_behind_and_the_picture_kept()
    {
        // Phones append a video after a "motion photo" JPEG; a polyglot hides an archive or a script there.
        var cleanJpeg = ImageSamples.Jpeg(16, 16, withExif: false);
        var cleanPng = ImageSamples.Png(4, 4, withText: false);
        byte[] jpeg = [.. cleanJpeg, .. "PK\u0003\u0004 hidden archive"u8];
        byte[] png = [.. cleanPng, .. "<script>alert(1)</script>"u8];

        var jpegImage = ImageSanitizer.Sanitize(jpeg, out var jpegRefusal);
        var pngImage = ImageSanitizer.Sanitize(png, out var pngRefusal);

        Assert.Equal((PhotoRefusal.None, PhotoRefusal.None), (jpegRefusal, pngRefusal));
        Assert.DoesNotContain("hidden archive", Encoding.Latin1.GetString(jpegImage!.Bytes), StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", Encoding.Latin1.GetString(pngImage!.Bytes), StringComparison.Ordinal);
        Assert.Equal((16, 16), (Decode(jpegImage.Bytes).Width, Decode(jpegImage.Bytes).Height));
        Assert.Equal(Decode(cleanPng).Data, Decode(pngImage.Bytes).Data);
    }

    [Theory]
    [InlineData("GIF89a")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")]
    [InlineData("%PDF-1.7")]
    [InlineData("")]
    public void Other_files_are_refused_whatever_their_name(string content)
    {
        Assert.Null(ImageSanitizer.Sanitize(Encoding.ASCII.GetBytes(content), out var refusal));
        Assert.Equal(PhotoRefusal.Unreadable, refusal);
    }

    [Fact]
    public void A_webp_is_recognised_and_refused_as_an_unsupported_format()
    {
        Assert.Null(ImageSanitizer.Sanitize(ImageSamples.WebP(), out var refusal));
        Assert.Equal(PhotoRefusal.UnsupportedFormat, refusal);
        Assert.Equal("Les photos WebP ne sont pas acceptées. Formats acceptés : JPEG et PNG.", PhotoService.Message(refusal));
    }

    [Theory]
    [InlineData(10_001, 10)]
    [InlineData(10, 10_001)]
    [InlineData(8_000, 6_000)]
    public void Dimensions_beyond_the_limits_are_refused_before_decoding(int width, int height)
    {
        Assert.Null(ImageSanitizer.Sanitize(ImageSamples.PngClaiming(width, height), out var pngRefusal));
        Assert.Null(ImageSanitizer.Sanitize(ImageSamples.JpegClaiming(width, height), out var jpegRefusal));
        Assert.Equal((PhotoRefusal.TooManyPixels, PhotoRefusal.TooManyPixels), (pngRefusal, jpegRefusal));
        Assert.Equal("Cette photo est trop grande : 10 000 pixels de côté et 40 mégapixels au plus.", PhotoService.Message(pngRefusal));
    }

    [Fact]
    public void A_truncated_or_forged_image_is_refused()
    {
        var jpeg = ImageSamples.Jpeg(32, 32, withExif: false);
        var png = ImageSamples.Png(3, 2, withText: false);

        Assert.Null(ImageSanitizer.Sanitize(jpeg.AsSpan(0, 30)));
        Assert.Null(ImageSanitizer.Sanitize(jpeg.AsSpan(0, jpeg.Length - 40)));
        Assert.Null(ImageSanitizer.Sanitize(png.AsSpan(0, png.Length - 12)));
        Assert.Null(ImageSanitizer.Sanitize(ImageSamples.PngClaiming(0, 2)));
    }

    [Fact]
    public void A_portrait_whose_camera_only_tagged_its_orientation_is_turned_upright()
    {
        var jpeg = ImageSamples.Jpeg(64, 48, withExif: false);
        // EXIF with one IFD entry: orientation (0x0112), SHORT, 6 = turn 90° clockwise to display.
        byte[] exif = [.. "Exif\0\0MM\0*"u8, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0];
        byte[] tagged = [.. jpeg.AsSpan(0, 2), 0xFF, 0xE1, 0, (byte)(exif.Length + 2), .. exif, .. jpeg.AsSpan(2)];

        var image = ImageSanitizer.Sanitize(tagged);

        Assert.NotNull(image);
        Assert.Equal((48, 64), (image.Width, image.Height));
        var decoded = Decode(image.Bytes);
        Assert.Equal((48, 64), (decoded.Width, decoded.Height));
        // Turned clockwise: the top-left corner shown is the original's bottom-left one.
        var original = Decode(jpeg);
        Assert.InRange(decoded.Data[0] - original.Data[47 * 64 * 4], -12, 12);
    }

    private static double MeanDifference(byte[] left, byte[] right) =>
        left.Zip(right, (a, b) => Math.Abs(a - b)).Average();
}
