using Plateforme.Web.Tests.Alerts;

namespace Plateforme.Web.Tests.Security;

/// <summary>
/// The real application with a public address of its own (<see cref="PublicAddress"/>, not the test server's) and
/// every host allowed, as behind a proxy that passes any <c>Host</c> on: the links it writes must still use the
/// configured address, whatever host a request names.
/// </summary>
public sealed class ForgedHostApp : IAsyncDisposable
{
    public const string PublicAddress = "https://plateforme.example";

    public const string ForgedHost = "evil.example";

    public ForgedHostApp() => Alerts = new AlertsApp(new Dictionary<string, string?>
    {
        ["Site:PublicAddress"] = PublicAddress,
        ["AllowedHosts"] = "*",
    });

    public AlertsApp Alerts { get; }

    /// <summary>A visitor whose every request names <see cref="ForgedHost"/> in its <c>Host</c> header.</summary>
    public Accounts.AccountClient NewForgingVisitor()
    {
        var visitor = Alerts.NewVisitor();
        visitor.Http.DefaultRequestHeaders.Host = ForgedHost;
        return visitor;
    }

    public ValueTask DisposeAsync() => Alerts.DisposeAsync();
}
