using Microsoft.Extensions.Primitives;
using Plateforme.Accounts.Structures;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Moderation;
using Plateforme.Search.Text;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Calls.Submissions;

/// <summary>
/// The « qui finance cet appel ? » part of a new call's form as posted: the organisation's own call, or a third
/// party's that it relays, under a reference funder typed by name or a new one it proposes.
/// </summary>
public sealed record RelayValues(bool Relays, string Funder, string ProposedName, string ProposedKind, string Structure)
{
    public const string RelayField = "relais";
    public const string FunderField = "financeur";
    public const string ProposedNameField = "nouveau-financeur";
    public const string ProposedKindField = "nouveau-financeur-type";
    public const string StructureField = "structure";

    /// <summary>The funder kinds a relay may propose, as the catalogue spells them.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["association", "fondation", "entreprise", "commune", "epci", "departement", "region", "etat", "europe", "autre"];

    public static RelayValues Empty { get; } = new(false, "", "", "association", "");

    public static RelayValues From(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new RelayValues(
            Value(form[RelayField]) == "oui",
            Value(form[FunderField]),
            Value(form[ProposedNameField]),
            Kinds.Contains(Value(form[ProposedKindField])) ? Value(form[ProposedKindField]) : "autre",
            Value(form[StructureField]));
    }

    /// <summary>The relay's funder, or the French message saying what is missing.</summary>
    public (RelayFunder? Relay, string? Error) Resolve(IReadOnlyList<FunderName> funders, IReadOnlyList<StaffPosition> positions)
    {
        ArgumentNullException.ThrowIfNull(funders);
        ArgumentNullException.ThrowIfNull(positions);
        Guid? structure = null;
        if (Structure.Length > 0)
        {
            // Only a structure the person works for: a forged value is refused, not trusted.
            if (!Guid.TryParse(Structure, out var id) || positions.All(p => p.StructureId != id)) return (null, CallsTrueText.RelayStructureUnknown);
            structure = id;
        }

        if (Funder.Length > 0)
        {
            var wanted = FrenchFolding.Fold(Funder).Trim();
            var match = funders.FirstOrDefault(f => f.Slug == Funder) ?? funders.FirstOrDefault(f => FrenchFolding.Fold(f.Name).Trim() == wanted);
            return match is null ? (null, CallsTrueText.RelayFunderUnknown) : (new RelayFunder(match.Slug, null, null, structure), null);
        }

        if (ProposedName.Length > 0)
        {
            if (ProposedName.Length > 300) return (null, CallsTrueText.RelayProposedTooLong);
            return (new RelayFunder(null, ProposedName, ProposedKind, structure), null);
        }

        return (null, CallsTrueText.RelayFunderRequired);
    }

    private static string Value(StringValues values) => (values.FirstOrDefault() ?? "").Trim();
}
