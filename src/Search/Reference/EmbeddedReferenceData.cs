using System.IO.Compression;
using System.Reflection;
using System.Text;

namespace Plateforme.Search.Reference;

/// <summary>Reads the files of Reference/Data embedded in the assembly: reference data never needs the network.</summary>
internal static class EmbeddedReferenceData
{
    private const string ResourcePrefix = "Plateforme.Search.Reference.Data.";

    /// <summary>The whole file as text; a name ending in ".gz" is decompressed.</summary>
    public static string ReadText(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"Embedded resource '{ResourcePrefix + name}' is missing.");
        using Stream content = name.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
        using var reader = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        return reader.ReadToEnd();
    }
}
