using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Plateforme.Lending.Payments.Operations;
using Plateforme.Lending.Payments.Stripe;
using Stripe;

namespace Plateforme.Lending.Payments.Connect;

/// <summary>
/// A carrier's Stripe Connect account: opened once (its idempotency key is derived from the carrier's id and stored
/// before the call), an onboarding link back to the dashboard, and its state read from Stripe, never guessed.
/// </summary>
public sealed partial class CarrierAccounts(
    StripeGateway gateway, PaymentOperationStore operations, TimeProvider time, IOptions<PaymentsOptions> options, ILogger<CarrierAccounts> logger)
{
    private StripeOptions Settings => options.Value.Stripe;

    public static string AccountKey(string carrierUserId) => "connect-account:" + carrierUserId;

    /// <summary>Opens the account when there is none, then asks Stripe for a fresh onboarding link.</summary>
    public async Task<Uri> OnboardingLinkAsync(string carrierUserId, Guid campaignId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(carrierUserId);
        var accountId = await EnsureAccountAsync(carrierUserId, campaignId, cancellationToken);
        var dashboard = Settings.ReturnBaseAddress.TrimEnd('/') + "/prets/mes-campagnes/" + campaignId;
        // A link is single-use and short-lived: each click asks a new one, keyed by the account and the minute.
        var minute = time.GetUtcNow().ToUnixTimeSeconds() / 60;
        var link = await new AccountLinkService(gateway.Client).CreateAsync(new AccountLinkCreateOptions
        {
            Account = accountId,
            Type = "account_onboarding",
            ReturnUrl = dashboard + "?connect=retour",
            RefreshUrl = dashboard + "?connect=relance",
        }, StripeGateway.Keyed($"account-link:{accountId}:{minute}"), cancellationToken);
        return new Uri(link.Url);
    }

    /// <summary>The account's state read from Stripe (the stored flag kept up to date), or the stored one when Stripe cannot be reached.</summary>
    public async Task<CarrierAccountState> StateAsync(string carrierUserId, CancellationToken cancellationToken)
    {
        var stored = await operations.FindAccountAsync(carrierUserId, cancellationToken);
        if (stored is null) return CarrierAccountState.NotStarted;
        try
        {
            var account = await new AccountService(gateway.Client).GetAsync(stored.AccountId, cancellationToken: cancellationToken);
            var state = StateOf(account);
            await operations.MarkAccountAsync(carrierUserId, state == CarrierAccountState.Ready, cancellationToken);
            return state;
        }
        catch (Exception unreachable) when (unreachable is StripeException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogUnreachable(stored.AccountId, unreachable.Message);
            return stored.PayoutsEnabled ? CarrierAccountState.Ready : CarrierAccountState.Unknown;
        }
    }

    /// <summary>Ready when Stripe lets the account receive transfers and pay them out; in review once everything is submitted.</summary>
    public static CarrierAccountState StateOf(Account account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var transfers = account.Capabilities?.Transfers;
        if (account.PayoutsEnabled && (transfers is null || transfers == "active")) return CarrierAccountState.Ready;
        var due = account.Requirements?.CurrentlyDue?.Count ?? 0;
        return account.DetailsSubmitted && due == 0 ? CarrierAccountState.InReview : CarrierAccountState.ToComplete;
    }

    private async Task<string> EnsureAccountAsync(string carrierUserId, Guid campaignId, CancellationToken cancellationToken)
    {
        var known = await operations.FindAccountAsync(carrierUserId, cancellationToken);
        if (known is not null) return known.AccountId;
        var operation = await operations.BeginAsync(AccountKey(carrierUserId), PaymentOperationKind.ConnectAccount,
            new PaymentRequest(AccountKey(carrierUserId), campaignId, null, carrierUserId, 0), cancellationToken);
        var create = new AccountCreateOptions
        {
            Type = Settings.ConnectAccountType,
            Country = Settings.ConnectCountry,
            Metadata = new Dictionary<string, string> { ["user_id"] = carrierUserId },
        };
        if (Settings.ConnectAccountType == "express")
        {
            create.Capabilities = new AccountCapabilitiesOptions { Transfers = new AccountCapabilitiesTransfersOptions { Requested = true } };
        }

        // The same key after a crash or a dropped answer: Stripe answers with the account it already opened.
        var account = await new AccountService(gateway.Client).CreateAsync(create, StripeGateway.Keyed(operation.IdempotencyKey), cancellationToken);
        await operations.SaveAccountAsync(carrierUserId, account.Id, cancellationToken);
        await operations.UpdateAsync(operation.Id, o =>
        {
            o.ProviderObjectId = account.Id;
            o.Status = PaymentOperationStatus.Succeeded;
        }, cancellationToken);
        return (await operations.FindAccountAsync(carrierUserId, cancellationToken))!.AccountId;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stripe could not be asked for connected account {AccountId}: {Reason}")]
    private partial void LogUnreachable(string accountId, string reason);
}
