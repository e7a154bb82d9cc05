namespace Plateforme.Accounts.Structures;

/// <summary>What an administrator types to create a structure; territories are "level:code", checked by the caller.</summary>
public sealed record NewStructure(string Name, StructureKind Kind, IReadOnlyList<string> Territories, string Description, string Contact, string LogoUrl);
