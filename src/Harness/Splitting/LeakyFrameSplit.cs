namespace LeakSpec.Splitting;

/// <summary>
/// LEAKY (Case II): the frames of all fine-tuning videos pooled and split at random by frame (2/3 : 1/3 as in the
/// authors' code), so frames of one video land in both fine-tuning train and validation. Test is always empty.
/// </summary>
public sealed record LeakyFrameSplit(double TrainFraction = 2.0 / 3.0, int Seed = 42) : IThreeWaySplitter
{
    /// <param name="groups">The video of each pooled frame; ignored except for the count — that is the leak.</param>
    public ThreeWaySplit Split(IReadOnlyList<string> groups) =>
        new RandomThreeWaySplit(TrainFraction, 1 - TrainFraction, Seed).Split(groups.Count);
}
