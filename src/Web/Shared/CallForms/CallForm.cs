using System.Globalization;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Moderation;
using Plateforme.Web.Shared.Forms;

namespace Plateforme.Web.Shared.CallForms;

/// <summary>
/// A call's form as posted: every value stays text until <see cref="CallFormReader"/> reads it, so a typo comes
/// back as a French message beside its field rather than as a binding error. The multiple choices (themes,
/// beneficiaries, aid types) are checkboxes posted under their own names (see <see cref="ListNames"/>).
/// </summary>
public sealed class CallForm
{
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string Description { get; set; } = "";
    public string Territory { get; set; } = "";

    /// <summary>Other perimeters besides the lead one: codes or names, one per line or separated by commas or semicolons.</summary>
    public string OtherTerritories { get; set; } = "";
    public string OpensOn { get; set; } = "";
    public string Deadline { get; set; } = "";
    public string DeadlineTime { get; set; } = "";

    /// <summary>The compulsory pre-deposit date, when the call has one.</summary>
    public string PreDepositOn { get; set; } = "";

    /// <summary>A second session (« deuxième vague »): its opening and deadline.</summary>
    public string SecondOpensOn { get; set; } = "";
    public string SecondDeadline { get; set; } = "";

    /// <summary>Sessions after the second one, kept as they were (a source may list more): "opens/closes/HH:mm;…".</summary>
    public string LaterWindows { get; set; } = "";
    public string MinAmount { get; set; } = "";
    public string MaxAmount { get; set; } = "";
    public string RateMin { get; set; } = "";
    public string RateMax { get; set; } = "";
    public string Envelope { get; set; } = "";
    public string MaxWinners { get; set; } = "";
    public string Recurrence { get; set; } = nameof(Plateforme.Search.Catalogue.Recurrence.OneOff);

    /// <summary>False unless posted: an unticked checkbox sends nothing.</summary>
    public bool IsCallForProjects { get; set; }
    public string OriginUrl { get; set; } = "";
    public string ApplicationUrl { get; set; } = "";
    public string Contact { get; set; } = "";

    /// <summary>The button pressed: "apercu", "enregistrer" or "soumettre".</summary>
    public string Action { get; set; } = "";

    public static CallForm From(CallDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return new CallForm
        {
            Title = draft.Title,
            Summary = draft.Summary ?? "",
            Description = draft.DescriptionHtml ?? "",
            Territory = draft.Territory,
            OtherTerritories = string.Join("\n", draft.Territories.Where(t => !string.Equals(t, draft.Territory, StringComparison.Ordinal))),
            OpensOn = Iso(draft.OpensOn),
            Deadline = Iso(draft.Deadline),
            DeadlineTime = draft.DeadlineTime?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "",
            PreDepositOn = Iso(draft.PreDepositOn),
            SecondOpensOn = draft.Windows.Count > 1 ? Iso(draft.Windows[1].OpensOn) : "",
            SecondDeadline = draft.Windows.Count > 1 ? Iso(draft.Windows[1].ClosesOn) : "",
            LaterWindows = string.Join(";", draft.Windows.Skip(2).Select(w => $"{Iso(w.OpensOn)}/{Iso(w.ClosesOn)}/{w.ClosesAt?.ToString("HH:mm", CultureInfo.InvariantCulture)}")),
            MinAmount = Euros(draft.MinAmountCents),
            MaxAmount = Euros(draft.MaxAmountCents),
            RateMin = draft.RateMinPercent?.ToString(CultureInfo.InvariantCulture) ?? "",
            RateMax = draft.RateMaxPercent?.ToString(CultureInfo.InvariantCulture) ?? "",
            Envelope = Euros(draft.EnvelopeCents),
            MaxWinners = draft.MaxWinners?.ToString(CultureInfo.InvariantCulture) ?? "",
            Recurrence = draft.Recurrence.ToString(),
            IsCallForProjects = draft.IsCallForProjects,
            OriginUrl = draft.OriginUrl ?? "",
            ApplicationUrl = draft.ApplicationUrl ?? "",
            Contact = draft.Contact ?? "",
        };
    }

    private static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Euros(long? cents) => cents is { } value ? EuroAmount.ToInput(value) : "";
}
