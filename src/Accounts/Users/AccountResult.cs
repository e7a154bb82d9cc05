namespace Plateforme.Accounts.Users;

/// <summary>Success, or French messages to show beside the form.</summary>
public sealed record AccountResult(IReadOnlyList<string> Errors)
{
    public static AccountResult Success { get; } = new([]);

    public bool Succeeded => Errors.Count == 0;

    public static AccountResult Failed(params string[] errors) => new(errors);
}
