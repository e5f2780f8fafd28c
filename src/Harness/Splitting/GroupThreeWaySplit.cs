namespace LeakSpec.Splitting;

/// <summary>
/// Grouped train/validation/test split: fractions count groups (reference images, videos) and every group lands on
/// exactly one side, so no content is shared across the boundary (claim G.2).
/// </summary>
public sealed record GroupThreeWaySplit(double TrainFraction = 0.6, double ValFraction = 0.2, int Seed = 42)
{
    public ThreeWaySplit Split(IReadOnlyList<string> groups)
    {
        var (distinct, groupOf) = SplitMath.IndexGroups(groups);
        var groupLabel = SplitMath.ThreeWayLabels(distinct.Length, TrainFraction, ValFraction, Seed);
        return SplitMath.FromLabels(groupOf.Select(g => groupLabel[g]).ToArray());
    }
}
