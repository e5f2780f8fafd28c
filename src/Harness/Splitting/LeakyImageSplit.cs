namespace LeakSpec.Splitting;

/// <summary>
/// LEAKY (Case IV): an image-level random split of a reference-grouped dataset (TID2013, KADID-10k), so degraded
/// versions of one reference land on both sides of every boundary.
/// </summary>
public sealed record LeakyImageSplit(double TrainFraction = 0.6, double ValFraction = 0.2, int Seed = 42) : IThreeWaySplitter
{
    /// <param name="groups">Each image's reference; ignored except for the count — that is the leak.</param>
    public ThreeWaySplit Split(IReadOnlyList<string> groups) =>
        new RandomThreeWaySplit(TrainFraction, ValFraction, Seed).Split(groups.Count);
}
