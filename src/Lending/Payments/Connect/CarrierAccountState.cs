namespace Plateforme.Lending.Payments.Connect;

/// <summary>Where a carrier's connected account stands, as the dashboard says it in French.</summary>
public enum CarrierAccountState
{
    /// <summary>No account opened yet.</summary>
    NotStarted,

    /// <summary>Opened, but Stripe still needs information from the carrier (« à compléter »).</summary>
    ToComplete,

    /// <summary>Everything submitted, Stripe is checking it (« en vérification »).</summary>
    InReview,

    /// <summary>Can receive transfers and pay them out to the carrier's bank (« prêt »).</summary>
    Ready,

    /// <summary>Stripe could not be asked just now; the last known state is not ready.</summary>
    Unknown,
}
