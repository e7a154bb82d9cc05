using System.Globalization;
using System.Text;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Reference;

namespace Plateforme.DemoData;

/// <summary>
/// The HTML description of a demo call, in the sections real calls use: objectifs, projets éligibles,
/// bénéficiaires, dépenses, montant, calendrier, critères, dépôt. Only tags a sanitiser keeps (h3, p, ul, li, strong, em).
/// </summary>
internal static class DemoDescriptionWriter
{
    private static readonly string[] Context =
    [
        "Les projets devront répondre à un besoin identifié localement, associer les personnes concernées et s'inscrire dans la durée.",
        "Une attention particulière sera portée aux projets menés en milieu rural et dans les quartiers prioritaires de la politique de la ville.",
        "Les projets peuvent être nouveaux ou prolonger une action existante, à condition d'en élargir le public ou le territoire.",
        "Les projets portés par plusieurs structures en coopération sont encouragés.",
        "L'appel s'inscrit dans une démarche de simplification : un dossier court, une réponse rapide et un accompagnement à la demande.",
        "Les initiatives portées par des habitants ou des jeunes eux-mêmes seront examinées avec bienveillance.",
    ];

    private static readonly string[] Criteria =
    [
        "La pertinence du projet au regard des besoins du territoire",
        "L'implication des bénéficiaires dans la conception et la conduite du projet",
        "La solidité du plan de financement et la diversité des cofinancements",
        "La capacité de la structure à mener le projet",
        "Le caractère innovant de la démarche",
        "Les partenariats locaux mobilisés",
        "L'impact social et environnemental attendu",
        "La pérennité de l'action au-delà du financement",
        "La prise en compte de l'égalité entre les femmes et les hommes",
        "L'accessibilité de l'action aux personnes en situation de handicap",
    ];

    /// <param name="html">A builder to reuse from one call to the next; it is cleared first.</param>
    public static string Write(DemoCallPlan plan, DemoTitle title, DemoRandom random, StringBuilder html)
    {
        // Demo texts hold no '&', '<', '>' or '"' (a test checks it), so they are appended without escaping:
        // writing straight into the builder keeps 100 000 calls within a few seconds.
        var call = plan.Call;
        var fr = CultureInfo.InvariantCulture;
        var goal = plan.Subject.Goal;
        html.Clear();

        html.Append("<h3>Objectifs</h3><p>");
        _ = random.Next(3) switch
        {
            0 => html.Append(fr, $"{plan.Funder.Subject} lance {title.Noun} afin {FrenchText.De(goal)} {plan.Place.In}."),
            1 => html.Append(fr, $"{FrenchText.Capitalise(title.Noun)} {plan.Funder.Of} vise à {goal} {plan.Place.In}."),
            _ => html.Append(fr, $"{plan.Funder.Subject} renouvelle en {plan.Year} son soutien aux projets qui permettent {FrenchText.De(goal)} {plan.Place.In}."),
        };
        if (plan.Partner is { } partner) html.Append(fr, $" Cofinanceur : {partner.Funder.Name}.");
        html.Append(fr, $"</p><p>{random.Pick(Context)}</p>");

        html.Append("<h3>Projets éligibles</h3><p>Sont par exemple éligibles :</p><ul>");
        foreach (var example in plan.Subject.Examples) html.Append(fr, $"<li>{example}</li>");
        html.Append(fr, $"</ul><h3>Bénéficiaires</h3><p>{call.Eligibility}</p>");
        html.Append(fr, $"<h3>Dépenses éligibles</h3><p>{Spending(call)}</p>");

        html.Append("<h3>Montant de l'aide</h3><p>");
        var anyAmount = false;
        foreach (var sentence in DemoTextWriter.AmountSentences(call))
        {
            if (anyAmount) html.Append(' ');
            html.Append(sentence);
            anyAmount = true;
        }
        if (!anyAmount) html.Append("Le montant de l'aide est fixé au cas par cas, selon le budget du projet et les autres financements obtenus.");
        html.Append("</p><h3>Calendrier</h3><p>");
        AppendCalendar(html, call);

        html.Append("</p><h3>Critères de sélection</h3><ul>");
        foreach (var criterion in random.PickSome(Criteria, 3 + random.Next(2))) html.Append(fr, $"<li>{criterion}.</li>");
        html.Append(fr, $"</ul><h3>Modalités de dépôt</h3><p>Le dossier est à déposer en ligne. Contact : {FrenchText.LowerFirst(plan.Funder.Service)} {plan.Funder.Of}.</p>");
        html.Append("<p><em>Données de démonstration : cet appel est fictif et n'a pas été publié par ce financeur.</em></p>");
        return html.ToString();
    }

    private static string Spending(FundingCall call)
    {
        var operating = call.Destinations.Contains(DestinationSlugs.Operating);
        var investment = call.Destinations.Contains(DestinationSlugs.Investment);
        return (operating, investment) switch
        {
            (true, true) => "Sont éligibles les dépenses de fonctionnement liées au projet (personnel, prestations, petit matériel) et les dépenses d'investissement (travaux, équipements).",
            (false, true) => "Sont éligibles les dépenses d'investissement : travaux, équipements et acquisitions durables.",
            _ => "Sont éligibles les dépenses de fonctionnement liées au projet : personnel, prestations, déplacements et petit matériel.",
        };
    }

    private static void AppendCalendar(StringBuilder html, FundingCall call)
    {
        var fr = CultureInfo.InvariantCulture;
        if (call.OpensOn is { } opens) html.Append(fr, $"Ouverture des candidatures : {FrenchText.Date(opens)}. ");
        if (call.Deadline is { } deadline)
        {
            html.Append(fr, $"Date limite de dépôt des dossiers : {FrenchText.Date(deadline)}");
            if (call.DeadlineTime is { } time) html.Append(fr, $" à {FrenchText.Time(time)}");
            html.Append(". Les projets seront examinés par un comité de sélection dans les deux mois suivant la clôture.");
        }
        else
        {
            html.Append("Les demandes peuvent être déposées tout au long de l'année et sont instruites au fil de l'eau.");
        }
        if (call.Recurrence == Recurrence.Recurring) html.Append(" Cet appel est renouvelé chaque année.");
    }
}
