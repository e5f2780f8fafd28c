namespace LeakSpec.Splitting;

/// <summary>
/// scikit-learn's GroupShuffleSplit: NSplits independent train/test draws, ⌈TestFraction × groups⌉ groups in each test
/// set (scikit-learn's rounding, checked against it in the tests), every group on one side.
/// </summary>
public sealed record GroupShuffleSplit(int NSplits, double TestFraction, int Seed)
{
    public IReadOnlyList<Fold> Split(IReadOnlyList<string> groups)
    {
        if (NSplits < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(NSplits), $"NSplits must be at least 1, got {NSplits}.");
        }

        var (distinct, groupOf) = SplitMath.IndexGroups(groups);
        if (!(TestFraction > 0 && TestFraction < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(TestFraction), $"TestFraction must lie in (0, 1), got {TestFraction}.");
        }

        var nTest = (int)Math.Ceiling(TestFraction * distinct.Length);
        if (nTest >= distinct.Length)
        {
            throw new ArgumentException($"{distinct.Length} group(s) with test fraction {TestFraction} leave no group for training.", nameof(groups));
        }

        var rng = new Random(Seed);
        var folds = new List<Fold>(NSplits);
        for (var s = 0; s < NSplits; s++)
        {
            var perm = SplitMath.Permutation(distinct.Length, rng);
            var isTest = new bool[distinct.Length];
            for (var k = 0; k < nTest; k++)
            {
                isTest[perm[k]] = true;
            }

            var train = new List<int>();
            var test = new List<int>();
            for (var i = 0; i < groupOf.Length; i++)
            {
                (isTest[groupOf[i]] ? test : train).Add(i);
            }

            folds.Add(new Fold([.. train], [.. test]));
        }

        return folds;
    }
}
