namespace LeakSpec.Splitting;

/// <summary>
/// Shuffled k-fold over groups: each fold holds ⌊G/K⌋ or ⌈G/K⌉ whole groups. (scikit-learn's GroupKFold balances item
/// counts instead; counting groups keeps the "fractions count groups" rule of the other grouped splitters.)
/// </summary>
public sealed record GroupKFold(int K, int Seed)
{
    public IReadOnlyList<Fold> Split(IReadOnlyList<string> groups)
    {
        var (distinct, groupOf) = SplitMath.IndexGroups(groups);
        var members = new List<int>[distinct.Length];
        for (var g = 0; g < members.Length; g++)
        {
            members[g] = [];
        }

        for (var i = 0; i < groupOf.Length; i++)
        {
            members[groupOf[i]].Add(i);
        }

        return KFold.FoldsOf(distinct.Length, K, Seed, g => members[g], groups.Count);
    }
}
