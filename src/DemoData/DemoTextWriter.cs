using Plateforme.Search.Catalogue;
using Plateforme.Search.Reference;

namespace Plateforme.DemoData;

/// <summary>The short texts of a demo call: summary, eligibility, examples of projects, contact, amounts in words.</summary>
internal static class DemoTextWriter
{
    private static readonly Dictionary<string, string> PluralBeneficiaries = new(StringComparer.Ordinal)
    {
        [BeneficiarySlugs.Association] = "associations",
        [BeneficiarySlugs.Commune] = "communes",
        [BeneficiarySlugs.Epci] = "intercommunalités",
        [BeneficiarySlugs.Departement] = "départements",
        [BeneficiarySlugs.Region] = "régions",
        [BeneficiarySlugs.Individual] = "particuliers",
        [BeneficiarySlugs.Farmer] = "agriculteurs",
        [BeneficiarySlugs.PrivateCompany] = "entreprises",
        [BeneficiarySlugs.LocalPublicCompany] = "entreprises publiques locales",
        [BeneficiarySlugs.PublicBody] = "établissements publics",
        [BeneficiarySlugs.Researcher] = "équipes de recherche",
    };

    public static string Beneficiaries(FundingCall call) =>
        FrenchText.JoinAnd([.. call.Beneficiaries.Select(b => PluralBeneficiaries.GetValueOrDefault(b, b))]);

    public static string Summary(DemoCallPlan plan, DemoTitle title, DemoRandom random)
    {
        var goal = plan.Subject.Goal;
        var place = plan.Place.In;
        var who = Beneficiaries(plan.Call);
        var first = random.Next(4) switch
        {
            0 => $"{plan.Funder.Subject} soutient les projets qui visent à {goal} {place}.",
            1 => $"{FrenchText.Capitalise(title.Noun)} {plan.Funder.Of} a pour objectif {FrenchText.De(goal)} {place}.",
            2 => $"Vous portez un projet pour {goal} {place} ? {plan.Funder.Subject} peut vous aider.",
            _ => $"{plan.Funder.Subject} aide les {who} qui s'engagent pour {goal} {place}.",
        };
        var amount = AmountShort(plan.Call);
        return amount is null ? $"{first} Ouvert aux {who}." : $"{first} {amount}";
    }

    /// <summary>One sentence on the money, or null when the call states no amount.</summary>
    public static string? AmountShort(FundingCall call)
    {
        if (call.MinAmountCents is { } min && call.MaxAmountCents is { } max)
        {
            return min == max
                ? $"Dotation de {FrenchText.Euros(max)} par lauréat."
                : $"Aide de {FrenchText.Euros(min)} à {FrenchText.Euros(max)} par projet.";
        }
        if (call.MaxAmountCents is { } onlyMax) return $"Aide jusqu'à {FrenchText.Euros(onlyMax)} par projet.";
        if (call.RateMaxPercent is { } rate) return $"Prise en charge jusqu'à {FrenchText.Percent(rate)} des dépenses éligibles.";
        if (call.EnvelopeCents is { } envelope) return $"Enveloppe globale de {FrenchText.Euros(envelope)}.";
        return null;
    }

    /// <summary>Every amount the call states, for the "Montant" section.</summary>
    public static IEnumerable<string> AmountSentences(FundingCall call)
    {
        if (call.MinAmountCents is { } min && call.MaxAmountCents is { } max)
        {
            yield return min == max
                ? $"Chaque lauréat reçoit une dotation de {FrenchText.Euros(max)}."
                : $"L'aide est comprise entre {FrenchText.Euros(min)} et {FrenchText.Euros(max)} par projet.";
        }
        else if (call.MaxAmountCents is { } onlyMax)
        {
            yield return $"L'aide peut atteindre {FrenchText.Euros(onlyMax)} par projet.";
        }
        if (call.RateMaxPercent is { } rateMax)
        {
            yield return call.RateMinPercent is { } rateMin
                ? $"Le taux d'aide est compris entre {FrenchText.Percent(rateMin)} et {FrenchText.Percent(rateMax)} du coût total du projet."
                : $"L'aide ne peut dépasser {FrenchText.Percent(rateMax)} du coût total du projet.";
        }
        if (call.EnvelopeCents is { } envelope)
        {
            yield return call.MaxWinners is { } winners
                ? $"L'enveloppe globale de {FrenchText.Euros(envelope)} sera répartie entre {winners} lauréats au plus."
                : $"L'enveloppe globale consacrée à l'appel est de {FrenchText.Euros(envelope)}.";
        }
        else if (call.MaxWinners is { } winners)
        {
            yield return $"{winners} lauréats au plus seront désignés.";
        }
    }

    public static string Eligibility(DemoCallPlan plan) =>
        $"Ouvert aux {Beneficiaries(plan.Call)}. Le projet doit être réalisé {plan.Place.In}.";

    public static string Examples(DemoSubject subject) =>
        string.Join(" ; ", subject.Examples.Select(FrenchText.Capitalise)) + ".";

    public static string Contact(DemoFunder funder) =>
        $"{funder.Service}, {funder.Funder.Name} — appels-a-projets@{funder.Slug}.demo.plateforme.example";
}
