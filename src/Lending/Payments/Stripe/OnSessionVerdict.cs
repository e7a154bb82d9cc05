namespace Plateforme.Lending.Payments.Stripe;

/// <summary>What the link of a payment reminder leads to.</summary>
public enum OnSessionVerdict
{
    /// <summary>A Checkout page to pay the pledge now.</summary>
    Redirect,

    /// <summary>The collection window is over (or the campaign moved on): the pledge can no longer be paid.</summary>
    WindowClosed,

    /// <summary>Already paid: nothing to do.</summary>
    AlreadyPaid,

    /// <summary>Not this person's pledge, withdrawn or unknown.</summary>
    Unavailable,
}
