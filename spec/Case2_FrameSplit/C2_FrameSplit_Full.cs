using LeakSpec.Datasets;
using LeakSpec.Experiments;
using LeakSpec.Experiments.Pipelines;
using LeakSpec.Spec.Shared;

namespace LeakSpec.Spec.Case2_FrameSplit;

/// <summary>Case II on the real KoNViD-1k with Inception-V3, five fixed splits (GPU box; skipped without data and weights).</summary>
[Trait("Category", "Full")]
public sealed class C2_FrameSplit_Full
{
    /// <summary>"… the author reported in both [9, 10] a classification accuracy on the validation set after fine-tuning that is higher than 95%." (reproduced with the frame-level split, Fig 4 top)</summary>
    [Fact]
    [Trait("Claim", "C2.1")]
    public void C2_1_FrameLevelSplit_Konvid1k_ValidationAccuracyExceeds95Percent()
    {
        var frame = Run(Case2Runner.FrameSplit)[Case2Runner.FrameSplit];
        frame.ScalarStats("PeakValAccuracy")!.Mean.Should().BeGreaterThan(0.95);
        frame.ScalarStats("PeakValAccuracy")!.Mean.Should().BeGreaterThan(frame.ScalarStats(ScalarKeys.TrainAccuracy)!.Mean - 0.05, "validation tracks training");
    }

    /// <summary>Video-level split: peak test accuracy 46.52 % on average, only 5.44 points above predicting the dominant class (41.08 %).</summary>
    [Fact]
    [Trait("Claim", "C2.2")]
    public void C2_2_VideoLevelSplit_Konvid1k_PeakTestAccuracyBarelyAboveDominantClass()
    {
        var video = Run(Case2Runner.VideoSplit)[Case2Runner.VideoSplit];
        FullRun.ShouldMatchPaperScalar(video, "C2.2", ScalarKeys.TestAccuracy);
        FullRun.ShouldMatchPaperScalar(video, "C2.2", ScalarKeys.MajorityAccuracy);
    }

    /// <summary>Fig 4 (bottom): validation loss stops improving early (about iteration 300) while training loss keeps falling, and early stopping triggers.</summary>
    [Fact]
    [Trait("Claim", "C2.3")]
    public void C2_3_VideoLevelSplit_Konvid1k_EarlyStoppingTriggersEarly()
    {
        var video = Run(Case2Runner.VideoSplit)[Case2Runner.VideoSplit];
        video.ScalarStats("StoppedEarly")!.Mean.Should().Be(1);
        // Iteration 300 at batch 32 is 9,600 frames; allow a factor of two either way.
        video.ScalarStats("BestStep")!.Mean.Should().BeInRange(4_800, 19_200);
    }

    private static IReadOnlyDictionary<string, VariantResult> Run(params string[] variants) =>
        FullRun.Variants((ctx, profile) => new Case2Runner(ctx, profile), [DatasetKind.Konvid1k], PaperWeights.InceptionV3, variants);
}
