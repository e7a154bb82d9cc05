using System.Text.Json.Serialization;

namespace Plateforme.Search.Indexing.Lucene;

/// <summary>Compile-time JSON for the stored copy of a call: no reflection on the hot path of building hits.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CallDocument))]
internal sealed partial class CallDocumentJsonContext : JsonSerializerContext;
