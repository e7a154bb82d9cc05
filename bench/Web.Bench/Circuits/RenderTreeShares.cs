using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.RenderTree;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Plateforme.Web.Bench.Circuits;

/// <summary>
/// Where an idle circuit's memory goes, by component type: the render-tree buffers each component keeps (the current
/// render and the previous one, from which the next diff is computed), read from the circuits the server holds.
/// Blazor exposes none of this, so it is read by reflection over its internals; when a framework version renames
/// them the breakdown comes back empty and the rest of the benchmark is unaffected.
/// </summary>
internal static class RenderTreeShares
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    public sealed record Share(string Component, double InstancesPerCircuit, double KbPerCircuit);

    /// <summary>What the components' own fields hold (results, markup, lists), and the renderer's batch buffers.</summary>
    public static IReadOnlyList<Share> HeldByFields(IServiceProvider services)
    {
        var hosts = CircuitHosts(services);
        if (hosts.Count == 0) return [];
        var bytes = new Dictionary<string, (long Instances, long Bytes)>(StringComparer.Ordinal);
        void Add(string name, long held)
        {
            var (instances, total) = bytes.GetValueOrDefault(name);
            bytes[name] = (instances + 1, total + held);
        }

        foreach (var host in hosts)
        {
            if (host.GetType().GetProperty("Renderer", Instance)?.GetValue(host) is not { } renderer) continue;
            var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
            foreach (var field in AllFields(renderer.GetType()).Where(f => f.Name is "_batchBuilder" or "_unacknowledgedRenderBatches" or "_eventBindings" or "_eventHandlerIdReplacements"))
            {
                if (field.Name == "_batchBuilder" && field.GetValue(renderer) is { } batch)
                {
                    foreach (var part in AllFields(batch.GetType())) Add("Renderer.batch." + part.Name, ObjectGraphSize.Of(part.GetValue(batch), seen));
                    continue;
                }
                Add("Renderer." + field.Name, ObjectGraphSize.Of(field.GetValue(renderer), seen));
            }

            if (Field(renderer, "_componentStateById") is not IDictionary states) continue;
            foreach (var state in states.Values)
            {
                if (state?.GetType().GetProperty("Component", Instance)?.GetValue(state) is not { } component) continue;
                foreach (var field in AllFields(component.GetType()))
                {
                    if (field.FieldType.IsPrimitive || field.Name.Contains("k__BackingField", StringComparison.Ordinal) && IsInjected(component.GetType(), field)) continue;
                    Add(component.GetType().Name + "." + field.Name, ObjectGraphSize.Of(field.GetValue(component), seen));
                }
            }
        }

        return [.. bytes
            .Select(pair => new Share(pair.Key, Math.Round(pair.Value.Instances / (double)hosts.Count, 1), Math.Round(pair.Value.Bytes / 1024.0 / hosts.Count, 1)))
            .OrderByDescending(share => share.KbPerCircuit)];
    }

    private static bool IsInjected(Type component, FieldInfo backing)
    {
        var name = backing.Name[1..backing.Name.IndexOf('>', StringComparison.Ordinal)];
        return component.GetProperty(name, Instance & ~BindingFlags.DeclaredOnly | BindingFlags.FlattenHierarchy)?.GetCustomAttributes().Any(a => a.GetType().Name is "InjectAttribute" or "CascadingParameterAttribute") == true;
    }

    public static IReadOnlyList<Share> Measure(IServiceProvider services)
    {
        try
        {
            var hosts = CircuitHosts(services);
            if (hosts.Count == 0) return [];
            var bytes = new Dictionary<string, (long Instances, long Bytes)>(StringComparer.Ordinal);
            foreach (var host in hosts)
            {
                if (host.GetType().GetProperty("Renderer", Instance)?.GetValue(host) is not { } renderer) continue;
                if (Field(renderer, "_componentStateById") is not IDictionary states) continue;
                foreach (var state in states.Values)
                {
                    if (state is null) continue;
                    var component = state.GetType().GetProperty("Component", Instance)?.GetValue(state);
                    var name = component?.GetType().Name ?? "?";
                    var held = RenderTreeBytes(state);
                    var (instances, total) = bytes.GetValueOrDefault(name);
                    bytes[name] = (instances + 1, total + held);
                }
            }

            return [.. bytes
                .Select(pair => new Share(pair.Key, Math.Round(pair.Value.Instances / (double)hosts.Count, 1), Math.Round(pair.Value.Bytes / 1024.0 / hosts.Count, 1)))
                .OrderByDescending(share => share.KbPerCircuit)];
        }
        catch (Exception exception) when (exception is TargetInvocationException or InvalidCastException or NullReferenceException)
        {
            return [];
        }
    }

    private static List<object> CircuitHosts(IServiceProvider services)
    {
        var registryType = typeof(CircuitHandler).Assembly.GetType("Microsoft.AspNetCore.Components.Server.Circuits.CircuitRegistry");
        if (registryType is null || services.GetService(registryType) is not { } registry) return [];
        var hosts = new List<object>();
        foreach (var name in new[] { "ConnectedCircuits", "DisconnectedCircuits" })
        {
            var collection = registryType.GetProperty(name, Instance)?.GetValue(registry) ?? Field(registry, name);
            if (collection is IDictionary dictionary)
            {
                foreach (var value in dictionary.Values) if (value is not null) hosts.Add(value);
            }
            else if (collection is IEnumerable entries)
            {
                // A memory cache of disconnected circuits is not enumerable as a dictionary: those are left out.
                foreach (var entry in entries) if (entry?.GetType().GetProperty("Value")?.GetValue(entry) is { } value && value.GetType().Name == "CircuitHost") hosts.Add(value);
            }
        }

        return hosts;
    }

    /// <summary>
    /// The frame arrays of every render-tree builder a component state holds, at their allocated length (the current
    /// tree is an auto-property: its backing field is found with the others).
    /// </summary>
    private static long RenderTreeBytes(object state)
    {
        long total = 0;
        foreach (var field in AllFields(state.GetType()).Where(f => f.FieldType == typeof(RenderTreeBuilder)))
        {
            if (field.GetValue(state) is not RenderTreeBuilder builder) continue;
            if (Field(builder, "_entries") is not { } entries) continue;
            if (FieldOfType(entries, typeof(RenderTreeFrame[])) is RenderTreeFrame[] frames) total += (long)frames.Length * Unsafe.SizeOf<RenderTreeFrame>();
        }

        // The copy of the parameters last given to the component, kept to tell whether the next ones changed.
        foreach (var field in AllFields(state.GetType()).Where(f => f.FieldType.IsGenericType && f.FieldType.GetGenericArguments() is [var t] && t == typeof(RenderTreeFrame)))
        {
            if (field.GetValue(state) is { } snapshot && FieldOfType(snapshot, typeof(RenderTreeFrame[])) is RenderTreeFrame[] frames) total += (long)frames.Length * Unsafe.SizeOf<RenderTreeFrame>();
        }

        return total;
    }

    // A component's state may be a subclass (the server's own): private fields of its bases are not listed by GetFields.
    private static IEnumerable<FieldInfo> AllFields(Type? type)
    {
        for (; type is not null; type = type.BaseType)
        {
            foreach (var field in type.GetFields(Instance | BindingFlags.DeclaredOnly)) yield return field;
        }
    }

    private static object? Field(object target, string name)
    {
        for (var type = target.GetType(); type is not null; type = type.BaseType)
        {
            if (type.GetField(name, Instance) is { } field) return field.GetValue(target);
        }

        return null;
    }

    private static object? FieldOfType(object target, Type fieldType)
    {
        return AllFields(target.GetType()).FirstOrDefault(f => f.FieldType == fieldType)?.GetValue(target);
    }
}
