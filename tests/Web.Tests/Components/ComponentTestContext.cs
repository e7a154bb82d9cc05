using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Plateforme.Web.Tests.Components;

/// <summary>
/// Base of the component tests: a clock fixed on 23 November 2026 in Paris, loose JavaScript interop
/// (components only call it for clipboard, print and key handling) and a patient wait for slower CI machines.
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
    }

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
}
