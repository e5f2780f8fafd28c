namespace LeakSpec.Splitting;

/// <summary>Shuffled k-fold over items: the first n mod K folds get one item more (as scikit-learn's KFold).</summary>
public sealed record KFold(int K, int Seed)
{
    public IReadOnlyList<Fold> Split(int count) => FoldsOf(count, K, Seed, i => [i], count);

    /// <summary>Assigns shuffled units (items or groups) to K near-equal folds and expands units to item indices.</summary>
    internal static IReadOnlyList<Fold> FoldsOf(int units, int k, int seed, Func<int, IEnumerable<int>> itemsOf, int itemCount)
    {
        if (k < 2 || k > units)
        {
            throw new ArgumentOutOfRangeException(nameof(k), $"K must be between 2 and the number of units ({units}), got {k}.");
        }

        var perm = SplitMath.Permutation(units, new Random(seed));
        var foldOf = new int[units];
        var start = 0;
        for (var f = 0; f < k; f++)
        {
            var size = (units / k) + (f < units % k ? 1 : 0);
            for (var j = start; j < start + size; j++)
            {
                foldOf[perm[j]] = f;
            }

            start += size;
        }

        var folds = new List<Fold>(k);
        for (var f = 0; f < k; f++)
        {
            var test = new List<int>();
            for (var u = 0; u < units; u++)
            {
                if (foldOf[u] == f)
                {
                    test.AddRange(itemsOf(u));
                }
            }

            test.Sort();
            var inTest = new HashSet<int>(test);
            folds.Add(new Fold([.. Enumerable.Range(0, itemCount).Where(i => !inTest.Contains(i))], [.. test]));
        }

        return folds;
    }
}
