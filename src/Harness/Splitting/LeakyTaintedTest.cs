namespace LeakSpec.Splitting;

/// <summary>
/// LEAKY (Case III): the regressor's train/validation/test drawn anew at random from all items, without regard to which
/// items fine-tuning saw, so most test items were fine-tuned on ("tainted" test sets).
/// </summary>
public sealed record LeakyTaintedTest(double TrainFraction = 0.6, double ValFraction = 0.2, int Seed = 42) : IThreeWaySplitter
{
    public ThreeWaySplit Split(IReadOnlyList<string> groups) =>
        new RandomThreeWaySplit(TrainFraction, ValFraction, Seed).Split(groups.Count);
}
