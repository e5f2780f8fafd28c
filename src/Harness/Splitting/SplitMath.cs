namespace LeakSpec.Splitting;

/// <summary>The arithmetic every splitter shares, kept in one place so that all splitters round and shuffle alike.</summary>
internal static class SplitMath
{
    /// <summary>Fisher–Yates over 0..n-1 with the given generator (deterministic for a seeded <see cref="Random"/>).</summary>
    public static int[] Permutation(int n, Random rng)
    {
        var p = new int[n];
        for (var i = 0; i < n; i++)
        {
            p[i] = i;
        }

        for (var i = n - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (p[i], p[j]) = (p[j], p[i]);
        }

        return p;
    }

    /// <summary>
    /// Sizes of the three parts. Validation and test are rounded to the nearest whole unit and train takes the rest,
    /// so each part is within one unit of its target (the invariant the tests check).
    /// </summary>
    public static (int Train, int Val, int Test) Counts(int total, double trainFraction, double valFraction)
    {
        CheckFractions(trainFraction, valFraction);
        var testFraction = Math.Max(0, 1 - trainFraction - valFraction);
        var val = (int)Math.Round(total * valFraction, MidpointRounding.AwayFromZero);
        var test = (int)Math.Round(total * testFraction, MidpointRounding.AwayFromZero);
        if (val + test > total)
        {
            test = total - val;
        }

        return (total - val - test, val, test);
    }

    public static void CheckFractions(double trainFraction, double valFraction)
    {
        if (!(trainFraction >= 0 && trainFraction <= 1) || !(valFraction >= 0 && valFraction <= 1) ||
            trainFraction + valFraction > 1 + 1e-9)
        {
            throw new ArgumentOutOfRangeException(
                nameof(trainFraction),
                $"Fractions must lie in [0, 1] and train + val must not exceed 1; got train {trainFraction}, val {valFraction}.");
        }
    }

    /// <summary>
    /// Distinct groups in ordinal order and each item's group number. Sorting first makes a grouped split independent of
    /// the order the metadata lists items in.
    /// </summary>
    public static (string[] Groups, int[] GroupOfItem) IndexGroups(IReadOnlyList<string> groups)
    {
        var distinct = groups.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var number = new Dictionary<string, int>(distinct.Length, StringComparer.Ordinal);
        for (var i = 0; i < distinct.Length; i++)
        {
            number[distinct[i]] = i;
        }

        var of = new int[groups.Count];
        for (var i = 0; i < groups.Count; i++)
        {
            of[i] = number[groups[i]];
        }

        return (distinct, of);
    }

    /// <summary>Random three-way split of n units (items or groups): the first parts of one permutation.</summary>
    public static int[] ThreeWayLabels(int n, double trainFraction, double valFraction, int seed)
    {
        var (train, val, _) = Counts(n, trainFraction, valFraction);
        var perm = Permutation(n, new Random(seed));
        var label = new int[n];
        for (var k = 0; k < n; k++)
        {
            label[perm[k]] = k < train ? 0 : k < train + val ? 1 : 2;
        }

        return label;
    }

    public static ThreeWaySplit FromLabels(IReadOnlyList<int> labelOfItem)
    {
        var parts = new List<int>[] { [], [], [] };
        for (var i = 0; i < labelOfItem.Count; i++)
        {
            parts[labelOfItem[i]].Add(i);
        }

        return new ThreeWaySplit([.. parts[0]], [.. parts[1]], [.. parts[2]]);
    }

    /// <summary>Stable 32-bit derivation of a sub-seed, so that a run's stages draw independently but reproducibly from one seed.</summary>
    public static int Derive(int seed, string purpose)
    {
        unchecked
        {
            var h = 2166136261u ^ (uint)seed;
            foreach (var c in purpose)
            {
                h = (h ^ c) * 16777619u;
            }

            return (int)(h & 0x7FFFFFFF);
        }
    }
}
