namespace LeakSpec.Splitting;

/// <summary>
/// The paper's fine-tuning subsampling: a random Fraction of the frames of each video (20 % in Case II), at least one
/// frame per video. Frames are drawn per video, in the order the videos are given, from one seeded generator.
/// </summary>
public sealed record FrameSubsample(double Fraction = 0.2, int Seed = 42)
{
    /// <returns>For each video, the chosen frame indices (0-based, sorted).</returns>
    public IReadOnlyList<int[]> Select(IReadOnlyList<int> frameCounts)
    {
        if (!(Fraction > 0 && Fraction <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(Fraction), $"Fraction must lie in (0, 1], got {Fraction}.");
        }

        var rng = new Random(Seed);
        var chosen = new List<int[]>(frameCounts.Count);
        foreach (var n in frameCounts)
        {
            if (n < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(frameCounts), $"Every video needs at least one frame, got {n}.");
            }

            var k = Math.Max(1, (int)Math.Round(n * Fraction, MidpointRounding.AwayFromZero));
            chosen.Add([.. SplitMath.Permutation(n, rng).Take(k).Order()]);
        }

        return chosen;
    }
}
