using System.Globalization;
using Plateforme.Lending.Money;
using Plateforme.Lending.Payments.Connect;
using Plateforme.Lending.Payments.Operations;
using Plateforme.Lending.Payments.Reconciliation;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Lending.Payments;

/// <summary>The French words of online payments' states and codes, for the carrier's panel and the moderators' page.</summary>
public static class PaymentLabels
{
    private static readonly CultureInfo French = Plateforme.Web.Shared.Display.FrenchFormat.Culture;

    public static string Account(CarrierAccountState state) => state switch
    {
        CarrierAccountState.NotStarted => PaymentText.ConnectStateNotStarted,
        CarrierAccountState.ToComplete => PaymentText.ConnectStateToComplete,
        CarrierAccountState.InReview => PaymentText.ConnectStateInReview,
        CarrierAccountState.Ready => PaymentText.ConnectStateReady,
        _ => PaymentText.ConnectStateUnknown,
    };

    /// <summary>The transfer to the carrier: sent, waiting and why, or refused.</summary>
    public static string Transfer(PaymentOperation transfer)
    {
        ArgumentNullException.ThrowIfNull(transfer);
        var amount = Cents.Format(transfer.AmountCents);
        return transfer.Status switch
        {
            PaymentOperationStatus.Succeeded => string.Format(French, PaymentText.TransferSent, amount, transfer.ProviderObjectId),
            PaymentOperationStatus.Failed => string.Format(French, PaymentText.TransferFailed, amount, Reason(transfer.FailureCode)),
            _ => string.Format(French, PaymentText.TransferWaiting, amount, Reason(transfer.FailureCode)),
        };
    }

    public static string Reason(string? code) => code switch
    {
        "account_not_started" => PaymentText.ReasonAccountNotStarted,
        "account_to_complete" => PaymentText.ReasonAccountToComplete,
        "account_in_review" => PaymentText.ReasonAccountInReview,
        "balance_insufficient" => PaymentText.ReasonBalanceInsufficient,
        null or "account_unknown" or "api_error" => PaymentText.ReasonAccountUnknown,
        _ => string.Format(French, PaymentText.ReasonOther, code),
    };

    public static string Debit(PaymentOperationStatus status) => status switch
    {
        PaymentOperationStatus.Succeeded => PaymentText.DebitSucceeded,
        PaymentOperationStatus.Failed or PaymentOperationStatus.RequiresAction => PaymentText.DebitFailed,
        _ => PaymentText.DebitPending,
    };

    public static string Object(string kind) => kind switch
    {
        "charge" => PaymentText.ObjectCharge,
        "refund" => PaymentText.ObjectRefund,
        "transfer" => PaymentText.ObjectTransfer,
        _ => PaymentText.ObjectBalance,
    };

    public static string Difference(string detail) => detail switch
    {
        DifferenceKinds.UnknownAtPlatform => PaymentText.DiffUnknownAtPlatform,
        DifferenceKinds.MissingInLedger => PaymentText.DiffMissingInLedger,
        DifferenceKinds.AmountMismatch => PaymentText.DiffAmountMismatch,
        DifferenceKinds.MissingAtProvider => PaymentText.DiffMissingAtProvider,
        _ => PaymentText.DiffBalanceUnmatched,
    };

    public static string Amount(long? cents) => cents is { } value ? Cents.Format(value) : PaymentText.AmountNone;
}
