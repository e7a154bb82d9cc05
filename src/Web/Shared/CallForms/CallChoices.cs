namespace Plateforme.Web.Shared.CallForms;

/// <summary>The ticked boxes of the form's three multiple choices.</summary>
public sealed record CallChoices(IReadOnlyList<string> Themes, IReadOnlyList<string> Beneficiaries, IReadOnlyList<string> AidTypes)
{
    public static CallChoices Empty { get; } = new([], [], []);

    /// <summary>The publics ticked (optional: a call may name none).</summary>
    public IReadOnlyList<string> Publics { get; init; } = [];

    /// <summary>What the browser posted (each box once, in the order posted).</summary>
    public static CallChoices From(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new(Values(form, ListNames.Themes), Values(form, ListNames.Beneficiaries), Values(form, ListNames.AidTypes))
        {
            Publics = Values(form, ListNames.Publics),
        };
    }

    private static List<string> Values(IFormCollection form, string name) =>
        [.. form[name].OfType<string>().Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal)];
}
