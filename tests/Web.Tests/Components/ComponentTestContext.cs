using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Plateforme.Web.Tests.Components;

/// <summary>
/// Base of the component tests: a clock fixed on 23 November 2026 in Paris, loose JavaScript interop
/// (components call it for clipboard, print, key handling and the HTML blocks the browser holds, see BrowserView) and a patient wait for slower CI machines.
/// </summary>
public abstract class ComponentTestContext : BunitContext
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    static ComponentTestContext()
    {
        DefaultWaitTimeout = TimeSpan.FromSeconds(10);
    }

    protected ComponentTestContext()
    {
        Services.AddSingleton<TimeProvider>(Clock);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLogging();
        Services.AddScoped<Plateforme.Web.Shared.Display.BrowserHtml>();
    }

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
}
