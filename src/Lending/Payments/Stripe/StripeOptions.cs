namespace Plateforme.Lending.Payments.Stripe;

/// <summary><c>Lending:Payments:Stripe</c>: keys, the API address (a stand-in in tests) and where Checkout sends people back.</summary>
public sealed class StripeOptions
{
    /// <summary>sk_live_… or sk_test_…; never logged.</summary>
    public string SecretKey { get; set; } = "";

    /// <summary>whsec_…: the signing secret of the webhook endpoint.</summary>
    public string WebhookSecret { get; set; } = "";

    public string ApiBase { get; set; } = "https://api.stripe.com";

    /// <summary>The site's public address; Checkout returns to the campaign page under it.</summary>
    public string ReturnBaseAddress { get; set; } = "";

    /// <summary>Pay carriers out by Connect transfers (otherwise a moderator pays them by hand).</summary>
    public bool ConnectEnabled { get; set; } = true;

    /// <summary>The kind of connected account a carrier opens: <c>express</c> (Stripe's hosted dashboard) or <c>standard</c>.</summary>
    public string ConnectAccountType { get; set; } = "express";

    /// <summary>The carriers' country (ISO 3166-1 alpha-2), asked by Stripe when it opens their account.</summary>
    public string ConnectCountry { get; set; } = "FR";

    /// <summary>Stripe's own tolerance for a webhook's timestamp.</summary>
    public int WebhookToleranceSeconds { get; set; } = 300;

    /// <summary>Retries of a failed call (timeouts, 5xx, 409), each with the same idempotency key.</summary>
    public int MaxNetworkRetries { get; set; } = 2;

    public int TimeoutSeconds { get; set; } = 30;
}
