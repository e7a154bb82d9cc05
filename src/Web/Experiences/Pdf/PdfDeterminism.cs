using System.Security.Cryptography;
using System.Text;

namespace Plateforme.Web.Experiences.Pdf;

/// <summary>
/// PDFsharp names each embedded font subset with a random six-capital tag ("/ABCDEF+DejaVuSans") and its XMP metadata
/// with random UUIDs; both are arbitrary names (ISO 32000-1 9.6.4, XMP media management). They are replaced in place,
/// at the same length so the cross-reference offsets hold: tags by order of appearance, UUIDs derived from the file's id.
/// </summary>
internal static class PdfDeterminism
{
    public static void ReplaceRandomParts(byte[] pdf, string documentId)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        var uuidCount = 0;
        for (var i = 0; i + 7 < pdf.Length; i++)
        {
            if (i + 41 <= pdf.Length && pdf.AsSpan(i, 5).SequenceEqual("uuid:"u8))
            {
                var seed = SHA256.HashData(Encoding.ASCII.GetBytes($"{documentId}#{uuidCount++}"));
                Encoding.ASCII.GetBytes(new Guid(seed.AsSpan(0, 16)).ToString("D"), 0, 36, pdf, i + 5);
                i += 40;
                continue;
            }

            if (pdf[i] != '/' || pdf[i + 7] != '+' || !IsTag(pdf.AsSpan(i + 1, 6))) continue;
            var tag = Encoding.ASCII.GetString(pdf, i + 1, 6);
            if (!tags.TryGetValue(tag, out var replacement)) tags[tag] = replacement = "EXPSH" + (char)('A' + tags.Count % 26);
            Encoding.ASCII.GetBytes(replacement, 0, 6, pdf, i + 1);
        }
    }

    private static bool IsTag(ReadOnlySpan<byte> candidate)
    {
        foreach (var b in candidate)
        {
            if (b is < (byte)'A' or > (byte)'Z') return false;
        }

        return true;
    }
}
