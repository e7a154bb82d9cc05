using System.Globalization;
using System.Text;

namespace Plateforme.Web.Shared.Display;

/// <summary>Lower case without accents, for narrowing a list as a person types ("reg" finds "Région").</summary>
public static class TextFold
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) folded.Append(char.ToLowerInvariant(c));
        }
        return folded.ToString().Trim();
    }
}
