using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.Lending;

/// <summary>The application for the dashboard tests, with PDF documents switched on (PDFsharp under its AGPL licence).</summary>
public sealed class DashboardApp : IAsyncDisposable
{
    public AccountsApp App { get; } = new(new Dictionary<string, string?> { ["Lending:Documents:PdfLicense"] = "AGPL" });

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
