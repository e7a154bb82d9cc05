using Plateforme.Lending.Payments.Operations;
using Stripe;

namespace Plateforme.Lending.Payments.Stripe;

/// <summary>One Stripe customer per person (lender or carrier), created once with a key derived from their id.</summary>
public sealed class StripeCustomers(StripeGateway gateway, PaymentOperationStore operations)
{
    public async Task<string> EnsureAsync(string userId, CancellationToken cancellationToken)
    {
        var known = await operations.FindCustomerAsync(userId, cancellationToken);
        if (known is not null) return known;
        var customer = await new CustomerService(gateway.Client).CreateAsync(
            new CustomerCreateOptions { Metadata = new Dictionary<string, string> { ["user_id"] = userId } }, StripeGateway.Keyed("customer:" + userId), cancellationToken);
        await operations.SaveCustomerAsync(userId, customer.Id, cancellationToken);
        return (await operations.FindCustomerAsync(userId, cancellationToken))!;
    }
}
