namespace Plateforme.Accounts.Structures;

/// <summary>The structure's id, or French messages keyed by field name.</summary>
public sealed record StructureResult(Guid? Id, IReadOnlyDictionary<string, string> Errors)
{
    public bool Succeeded => Id is not null;

    public static StructureResult Failed(string field, string message) => new(null, new Dictionary<string, string> { [field] = message });
}
