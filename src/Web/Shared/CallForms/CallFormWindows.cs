using System.Globalization;
using Plateforme.Search.Catalogue;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Shared.CallForms;

/// <summary>
/// The sessions of a call as the form posts them: the first one is the form's own dates, a second one its
/// « deuxième session » fields, later ones (a source may list more) come back unchanged from a hidden field.
/// </summary>
internal static class CallFormWindows
{
    public static IReadOnlyList<CallWindow> Read(Dictionary<string, string> errors, CallForm form, DateOnly? opensOn, DateOnly? deadline, TimeOnly? time)
    {
        var secondOpens = CallFormReader.Date(errors, nameof(CallForm.SecondOpensOn), form.SecondOpensOn);
        var secondDeadline = CallFormReader.Date(errors, nameof(CallForm.SecondDeadline), form.SecondDeadline);
        var later = Later(form.LaterWindows);
        if (secondDeadline is null)
        {
            if (secondOpens is not null && !errors.ContainsKey(nameof(CallForm.SecondDeadline))) errors[nameof(CallForm.SecondDeadline)] = CallsTrueText.SecondDeadlineRequired;
            return [];
        }
        if (deadline is not { } first)
        {
            errors[nameof(CallForm.SecondDeadline)] = CallsTrueText.SecondNeedsFirst;
            return [];
        }
        if (secondDeadline <= first)
        {
            errors[nameof(CallForm.SecondDeadline)] = CallsTrueText.SecondBeforeFirst;
            return [];
        }
        if (secondOpens is { } o && (o > secondDeadline || o <= first))
        {
            errors[nameof(CallForm.SecondOpensOn)] = CallsTrueText.SecondOpensInvalid;
            return [];
        }
        return [new CallWindow(opensOn, first, time), new CallWindow(secondOpens, secondDeadline.Value, time), .. later.Where(w => w.ClosesOn > secondDeadline)];
    }

    private static List<CallWindow> Later(string? text)
    {
        var windows = new List<CallWindow>();
        foreach (var part in (text ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var bits = part.Split('/');
            if (bits.Length < 2 || !TryDate(bits[1], out var closes)) continue;
            DateOnly? opens = TryDate(bits[0], out var o) ? o : null;
            TimeOnly? at = bits.Length > 2 && TimeOnly.TryParseExact(bits[2], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;
            windows.Add(new CallWindow(opens, closes, at));
        }
        return windows;
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
