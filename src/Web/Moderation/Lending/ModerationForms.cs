using System.Globalization;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Ledger;
using Plateforme.Lending.Validation;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Lending;

namespace Plateforme.Web.Moderation.Lending;

/// <summary>
/// What the moderators' static forms share: reading a posted field, and turning a refusal of the lending module
/// into the French messages shown beside the form (never an error page).
/// </summary>
public static class ModerationForms
{
    public static string Value(HttpContext http, string name)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Request.HasFormContentType ? http.Request.Form[name].ToString().Trim() : "";
    }

    /// <summary>
    /// The name of the static form this request posts (Blazor's <c>_handler</c> field), or null. A page renders the
    /// posted form even when the campaign has left the state that shows it, so a stale post reaches its handler and
    /// gets the lending module's French refusal rather than a 400 "no form named …".
    /// </summary>
    public static string? Posted(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return HttpMethods.IsPost(http.Request.Method) && http.Request.HasFormContentType ? http.Request.Form["_handler"].ToString() : null;
    }

    public const int MaxReasonLength = 500;
    public const int MaxReferenceLength = 100;

    /// <summary>A reason recorded in the campaign's history: required, and short enough for its column.</summary>
    public static string? CheckReason(string reason) =>
        reason.Length == 0 ? LendingModerationText.ReasonRequired
        : reason.Length > MaxReasonLength ? string.Format(CampaignStates.French, LendingModerationText.ReasonTooLong, MaxReasonLength)
        : null;

    /// <summary>A transfer or cheque reference: required, and short enough for its column.</summary>
    public static string? CheckReference(string reference) =>
        reference.Length == 0 ? LendingModerationText.PaymentReferenceRequired
        : reference.Length > MaxReferenceLength ? string.Format(CampaignStates.French, LendingModerationText.ReferenceTooLong, MaxReferenceLength)
        : null;

    public static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>The French messages of a refusal, or null when the exception is not one the moderator can act on.</summary>
    public static List<string>? Refusal(Exception exception) => exception switch
    {
        LendingValidationException refused => refused.Errors.SelectMany(e => e.Value).ToList(),
        ForbiddenTransitionException forbidden => [string.Format(CampaignStates.French, LendingModerationText.ForbiddenTransition, CampaignStates.Label(forbidden.From))],
        LendingNotFoundException => [LendingModerationText.NotFound],
        IdempotencyConflictException => [LendingModerationText.AlreadyRecordedOtherwise],
        _ => null,
    };

    /// <summary>Runs a moderator's action; a refusal becomes messages, anything else still fails loudly.</summary>
    public static async Task<List<string>> TryAsync(Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            await action();
            return [];
        }
        catch (Exception exception) when (Refusal(exception) is not null)
        {
            return Refusal(exception)!;
        }
    }

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CampaignStates.French);

    /// <summary>A share to the hundredth of a percent, in integers: "33,33 %".</summary>
    public static string Percent(long part, long whole)
    {
        if (whole <= 0) return "";
        var basisPoints = part * 10_000 / whole;
        return string.Create(CultureInfo.InvariantCulture, $"{basisPoints / 100},{basisPoints % 100:00}\u00a0%");
    }
}
