using System.Buffers.Binary;

namespace Plateforme.DemoData;

/// <summary>
/// SplitMix64: a tiny generator whose output is fixed by its seed on every runtime and machine,
/// unlike <see cref="Random"/>, whose seeded sequence .NET does not promise to keep.
/// </summary>
internal sealed class DemoRandom(ulong seed)
{
    private ulong state = seed;

    /// <summary>A generator for one item of a seeded series: item 7 is the same whether 10 or 100 000 are drawn.</summary>
    public static DemoRandom For(int seed, int index, ulong stream = 0) =>
        new(Mix(Mix((ulong)(uint)seed ^ (stream << 32)) ^ (ulong)(uint)index));

    public ulong NextUInt64()
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }

    /// <summary>An integer in [0, maxExclusive).</summary>
    public int Next(int maxExclusive) =>
        maxExclusive <= 1 ? 0 : (int)(NextUInt64() % (ulong)maxExclusive);

    /// <summary>An integer in [min, max], both included.</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Up to <paramref name="count"/> distinct items, in the list's order.</summary>
    public List<T> PickSome<T>(IReadOnlyList<T> items, int count)
    {
        var chosen = new List<T>(count);
        var remaining = items.Count;
        for (var i = 0; i < items.Count && chosen.Count < count; i++, remaining--)
        {
            // Selection sampling: keep item i with probability (still needed / still available).
            if (Next(remaining) < count - chosen.Count) chosen.Add(items[i]);
        }
        return chosen;
    }

    /// <summary>A random (version 4) Guid drawn from this generator.</summary>
    public Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, NextUInt64());
        BinaryPrimitives.WriteUInt64LittleEndian(bytes[8..], NextUInt64());
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
