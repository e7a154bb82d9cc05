using System.Text;
using Plateforme.Lending.Payments.Stripe;

namespace Plateforme.Lending.Tests.StripePayments;

public sealed class StripeSignatureTests
{
    private const string Secret = "whsec_test_plateforme";
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"payment_intent.succeeded\"}");

    [Fact]
    public void A_body_signed_with_our_secret_a_minute_ago_is_valid() =>
        Assert.Equal(WebhookVerdict.Valid, StripeSignature.Verify(Body, StripeSignature.Header(Body, Now.AddMinutes(-1), Secret), Secret, Now, Tolerance));

    [Fact]
    public void One_valid_signature_among_several_v1_entries_is_enough()
    {
        var header = StripeSignature.Header(Body, Now, Secret).Replace(",v1=", ",v1=" + new string('0', 64) + ",v1=", StringComparison.Ordinal);
        Assert.Equal(WebhookVerdict.Valid, StripeSignature.Verify(Body, header, Secret, Now, Tolerance));
    }

    [Fact]
    public void A_changed_body_or_another_secret_is_a_wrong_signature()
    {
        var header = StripeSignature.Header(Body, Now, Secret);
        var changed = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Body).Replace("evt_1", "evt_2", StringComparison.Ordinal));
        Assert.Equal(WebhookVerdict.WrongSignature, StripeSignature.Verify(changed, header, Secret, Now, Tolerance));
        Assert.Equal(WebhookVerdict.WrongSignature, StripeSignature.Verify(Body, StripeSignature.Header(Body, Now, "whsec_other"), Secret, Now, Tolerance));
    }

    [Fact]
    public void A_signature_older_than_the_tolerance_is_stale() =>
        Assert.Equal(WebhookVerdict.Stale, StripeSignature.Verify(Body, StripeSignature.Header(Body, Now.AddMinutes(-6), Secret), Secret, Now, Tolerance));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("t=1795428000")]
    [InlineData("v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd")]
    [InlineData("t=abc,v1=zz")]
    public void A_missing_or_malformed_header_is_unsigned(string? header) =>
        Assert.Equal(WebhookVerdict.Unsigned, StripeSignature.Verify(Body, header, Secret, Now, Tolerance));
}
