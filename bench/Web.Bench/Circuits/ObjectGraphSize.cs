using System.Reflection;
using System.Runtime.CompilerServices;

namespace Plateforme.Web.Bench.Circuits;

/// <summary>
/// An estimate of the memory an object graph holds: object headers, fields, array elements and string characters,
/// each object counted once. The walk stops at what a circuit shares with the rest of the process (services,
/// delegates, types, the framework's own objects), so that what it returns is what one page keeps for itself.
/// </summary>
internal static class ObjectGraphSize
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
    private const int Header = 16;
    private const int MaxObjects = 200_000;

    public static long Of(object? root, HashSet<object> seen)
    {
        long total = 0;
        var pending = new Stack<object>();
        if (root is not null) pending.Push(root);
        while (pending.Count > 0 && seen.Count < MaxObjects)
        {
            var current = pending.Pop();
            if (!seen.Add(current) || (!ReferenceEquals(current, root) && IsShared(current))) continue;
            switch (current)
            {
                // A delegate's target is a component, a service or a small closure: only the delegate itself is the page's.
                case Delegate:
                    total += Header + 6 * IntPtr.Size;
                    continue;
                case string text:
                    total += Header + 8 + 2L * text.Length;
                    continue;
                case Array array:
                    var element = array.GetType().GetElementType()!;
                    total += Header + 8 + array.LongLength * SlotSize(element);
                    // A render tree's frames point at components and their parameters: measured where they belong.
                    if (element == typeof(Microsoft.AspNetCore.Components.RenderTree.RenderTreeFrame)) continue;
                    if (!element.IsValueType)
                    {
                        foreach (var item in array) if (item is not null) pending.Push(item);
                    }
                    else if (!element.IsPrimitive && !element.IsEnum)
                    {
                        foreach (var item in array) if (item is not null) PushReferences(item, pending);
                    }

                    continue;
            }

            total += Header + Fields(current.GetType()).Sum(f => (long)SlotSize(f.FieldType));
            PushReferences(current, pending);
        }

        return total;
    }

    private static void PushReferences(object value, Stack<object> pending)
    {
        foreach (var field in Fields(value.GetType()))
        {
            if (field.FieldType.IsPrimitive || field.FieldType.IsEnum || field.FieldType.IsPointer) continue;
            object? held;
            try
            {
                held = field.GetValue(value);
            }
            catch (Exception exception) when (exception is NotSupportedException or FieldAccessException or ArgumentException)
            {
                continue;
            }

            if (held is null) continue;
            if (field.FieldType.IsValueType) PushReferences(held, pending);
            else pending.Push(held);
        }
    }

    // Services, delegates and the framework's objects are the process's, not the page's.
    private static bool IsShared(object value)
    {
        if (value is Delegate or Type or MemberInfo or Assembly or IServiceProvider or Microsoft.AspNetCore.Components.IComponent) return true;
        var name = value.GetType().Namespace ?? "";
        return name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.AspNetCore.Components.Server", StringComparison.Ordinal)
            || name.StartsWith("System.Threading", StringComparison.Ordinal)
            || name.StartsWith("System.Buffers", StringComparison.Ordinal)
            || name.StartsWith("Lucene", StringComparison.Ordinal);
    }

    private static readonly Dictionary<Type, FieldInfo[]> FieldCache = [];

    private static FieldInfo[] Fields(Type type)
    {
        lock (FieldCache)
        {
            if (FieldCache.TryGetValue(type, out var known)) return known;
            var fields = new List<FieldInfo>();
            for (var t = type; t is not null; t = t.BaseType) fields.AddRange(t.GetFields(Instance));
            return FieldCache[type] = [.. fields.Where(f => !f.IsLiteral)];
        }
    }

    private static int SlotSize(Type type)
    {
        if (!type.IsValueType) return IntPtr.Size;
        try
        {
            return (int)typeof(Unsafe).GetMethod(nameof(Unsafe.SizeOf))!.MakeGenericMethod(type).Invoke(null, null)!;
        }
        catch (Exception exception) when (exception is TargetInvocationException or ArgumentException or NotSupportedException)
        {
            return IntPtr.Size;
        }
    }
}
