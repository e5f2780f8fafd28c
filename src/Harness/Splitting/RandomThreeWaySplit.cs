namespace LeakSpec.Splitting;

/// <summary>Item-level random train/validation/test split (the paper's 60/20/20 by default); right only where each item is its own group.</summary>
public sealed record RandomThreeWaySplit(double TrainFraction = 0.6, double ValFraction = 0.2, int Seed = 42) : IThreeWaySplitter
{
    public ThreeWaySplit Split(IReadOnlyList<string> groups) => Split(groups.Count);

    public ThreeWaySplit Split(int count) =>
        SplitMath.FromLabels(SplitMath.ThreeWayLabels(count, TrainFraction, ValFraction, Seed));
}
