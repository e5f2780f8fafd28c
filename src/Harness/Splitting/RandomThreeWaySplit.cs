namespace LeakSpec.Splitting;

/// <summary>
/// Item-level random train/validation/test split (the paper's 60/20/20 by default); right only where each item is its
/// own group. Every leak of Cases II–IV is this split applied where grouping was due (ManifestBuilder).
/// </summary>
public sealed record RandomThreeWaySplit(double TrainFraction = 0.6, double ValFraction = 0.2, int Seed = 42)
{
    public ThreeWaySplit Split(int count) =>
        SplitMath.FromLabels(SplitMath.ThreeWayLabels(count, TrainFraction, ValFraction, Seed));
}
