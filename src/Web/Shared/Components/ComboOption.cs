namespace Plateforme.Web.Shared.Components;

/// <summary>One suggestion of a <see cref="ComboBox"/>: a key for the program, a label and an optional hint for people.</summary>
public sealed record ComboOption(string Key, string Label, string? Hint = null);
