using System.Text.Json;
using Microsoft.Extensions.Options;
using Plateforme.Lending.Payments;
using Plateforme.Lending.Payments.Stripe;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Lending.Payments;

/// <summary>
/// POST /api/payments/stripe/webhook, mapped when Stripe is the provider. The signature is checked on the raw body;
/// a verified event is stored by its id (a repeat changes nothing) and answered 200 at once, the work being done by
/// <see cref="PaymentEventDrain"/>. Unsigned, wrongly signed or stale events get a 400 problem.
/// </summary>
public static class StripeWebhookEndpoint
{
    public const string Path = "/api/payments/stripe/webhook";
    private const int MaxBodyBytes = 512 * 1024;

    public static IEndpointRouteBuilder MapStripeWebhook(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.ServiceProvider.GetRequiredService<IOptions<PaymentsOptions>>().Value;
        if (options.Provider != PaymentProviderKind.Stripe) return app;
        app.MapPost(Path, ReceiveAsync).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ReceiveAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var services = context.RequestServices;
        var settings = services.GetRequiredService<IOptions<PaymentsOptions>>().Value.Stripe;
        var body = await ReadBodyAsync(context.Request, cancellationToken);
        if (body is null) return Refused(PaymentText.WebhookUnreadable);
        var verdict = StripeSignature.Verify(body, context.Request.Headers["Stripe-Signature"].ToString(), settings.WebhookSecret,
            services.GetRequiredService<TimeProvider>().GetUtcNow(), TimeSpan.FromSeconds(settings.WebhookToleranceSeconds));
        switch (verdict)
        {
            case WebhookVerdict.Unsigned: return Refused(PaymentText.WebhookUnsigned);
            case WebhookVerdict.WrongSignature: return Refused(PaymentText.WebhookWrongSignature);
            case WebhookVerdict.Stale: return Refused(PaymentText.WebhookStale);
        }

        if (!TryRead(body, out var id, out var type, out var objectId)) return Refused(PaymentText.WebhookUnreadable);
        await services.GetRequiredService<PaymentEventInbox>().StoreAsync(id, type, objectId, cancellationToken);
        return Results.Ok();
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes) return null;
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static bool TryRead(byte[] body, out string id, out string type, out string? objectId)
    {
        id = type = "";
        objectId = null;
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("id", out var idElement) || idElement.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
            {
                return false;
            }

            id = idElement.GetString()!;
            type = typeElement.GetString()!;
            if (id.Length is 0 or > 255 || type.Length is 0 or > 100) return false;
            if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                && data.TryGetProperty("object", out var item) && item.ValueKind == JsonValueKind.Object
                && item.TryGetProperty("id", out var itemId) && itemId.ValueKind == JsonValueKind.String)
            {
                objectId = itemId.GetString();
                if (objectId?.Length > 255) objectId = null;
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static IResult Refused(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: PaymentText.WebhookRefusedTitle, detail: detail);
}
