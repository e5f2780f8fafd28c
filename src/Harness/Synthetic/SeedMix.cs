namespace LeakSpec.Synthetic;

/// <summary>
/// Derives independent seeds from (dataset seed, stream, index) so that every item can be generated on any thread,
/// in any order, and still come out the same: the output never depends on scheduling.
/// </summary>
internal static class SeedMix
{
    public static int Derive(int seed, int stream, long index)
    {
        var x = Mix(unchecked((ulong)(uint)seed * 0x9E3779B97F4A7C15UL));
        x = Mix(x ^ unchecked((ulong)(uint)stream * 0xBF58476D1CE4E5B9UL));
        x = Mix(x ^ unchecked((ulong)index * 0x94D049BB133111EBUL));
        return (int)(x & 0x7FFFFFFF);
    }

    public static Random Rng(int seed, int stream, long index) => new(Derive(seed, stream, index));

    /// <summary>A standard normal draw (Box–Muller), so every draw comes from the seeded generator.</summary>
    public static double Normal(this Random rng)
    {
        var u1 = 1.0 - rng.NextDouble();
        var u2 = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    // SplitMix64 finaliser: consecutive inputs give unrelated outputs.
    private static ulong Mix(ulong z)
    {
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }
}
