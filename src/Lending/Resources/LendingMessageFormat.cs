using System.Globalization;

namespace Plateforme.Lending.Resources;

/// <summary>
/// Fills the placeholders of a <see cref="LendingMessages"/> text. The texts are French whatever the thread's culture,
/// so numbers and dates are formatted the French way too; each placeholder is named in the resource's comment.
/// </summary>
internal static class LendingMessageFormat
{
    /// <summary>The one French culture of the lending module (messages, amounts).</summary>
    public static CultureInfo French { get; } = CultureInfo.GetCultureInfo("fr-FR");

    public static string Format(string template, params object?[] values) => string.Format(French, template, values);
}
