using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Plateforme.Accounts.Mail;

namespace Plateforme.Accounts.Health;

/// <summary>
/// "mail": the account mailer can deliver. Pickup: the folder exists (or can be made) and takes a file, written and
/// removed at once. SMTP: the server accepts a TCP connection within <see cref="ConnectTimeout"/>; nothing is sent.
/// </summary>
public sealed class MailHealthCheck(IOptions<AccountsOptions> options, PickupFolder pickup) : IHealthCheck
{
    public const string Name = "mail";

    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var mail = options.Value.Mail;
        return mail.Delivery == MailDelivery.Smtp
            ? await CheckSmtpAsync(mail, cancellationToken).ConfigureAwait(false)
            : await CheckPickupAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<HealthCheckResult> CheckPickupAsync(CancellationToken cancellationToken)
    {
        var data = new Dictionary<string, object> { ["delivery"] = nameof(MailDelivery.Pickup) };
        try
        {
            Directory.CreateDirectory(pickup.Path);
            // Not an .eml: whoever reads the folder ignores it, and it is gone at once.
            var probe = Path.Combine(pickup.Path, $".health-{Guid.NewGuid():N}.probe");
            await File.WriteAllBytesAsync(probe, [], cancellationToken).ConfigureAwait(false);
            File.Delete(probe);
            return HealthCheckResult.Healthy("Pickup folder writable", data);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return HealthCheckResult.Unhealthy("The pickup folder cannot be written.", exception, data);
        }
    }

    private static async Task<HealthCheckResult> CheckSmtpAsync(MailOptions mail, CancellationToken cancellationToken)
    {
        var data = new Dictionary<string, object> { ["delivery"] = nameof(MailDelivery.Smtp), ["host"] = mail.SmtpHost, ["port"] = mail.SmtpPort };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ConnectTimeout);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(mail.SmtpHost, mail.SmtpPort, timeout.Token).ConfigureAwait(false);
            return HealthCheckResult.Healthy("SMTP server reachable", data);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"The SMTP server did not answer within {ConnectTimeout.TotalSeconds:0} s.", data: data);
        }
        catch (SocketException exception)
        {
            return HealthCheckResult.Unhealthy("The SMTP server refuses connections or cannot be found.", exception, data);
        }
    }
}
