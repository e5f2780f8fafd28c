using LeakSpec.Splitting;
using static LeakSpec.Experiments.Pipelines.Case2Runner;

namespace LeakSpec.Experiments.Claims;

/// <summary>Case II (Fig 4): frames of one video on both sides of the fine-tuning split.</summary>
internal static class Case2Claims
{
    // Frame-level validation sees other frames of its training videos (one content term): it reports far more than
    // held-out videos can give.
    private static readonly Margin FrameOverVideo = new(Fast: 0.2, Demo: 0.25);

    // C2.2: unseen videos are classified only a little better than by always answering the dominant class.
    private const double BandBelow = 0.15;
    private const double BandAbove = 0.3;

    // C2.3: the video-level split's best checkpoint comes far earlier than the frame-level split's, whose validation
    // keeps improving with training (steps of training items).
    private static readonly Margin EarlierBest = new(Fast: 300, Demo: 300);

    public static IEnumerable<ClaimDefinition> All { get; } =
    [
        new("C2.1", "2",
            "Validation accuracy tracks training accuracy and exceeds 95 %: a frame-level split cannot detect overfitting (Fig 4, top).",
            "fast",
            "Fast: tiny KoNViD-like videos, small CNN (16 frames, all read: peak validation accuracy above 75 %); Demo: every 2nd of 48 frames (the paper's 95 %); Full: KoNViD-1k, Inception-V3",
            b => b.Audit(FrameSplit, Leak.CaseII)
                .MeanAbove(FrameSplit, Measure.Scalar(ScalarKeys.PeakValAccuracy), b.Tier == CheckTier.Fast ? 0.75 : 0.95)
                .Above(FrameSplit, VideoSplit, Measure.Scalar(ScalarKeys.PeakValAccuracy), FrameOverVideo)
                .NotAbove(FrameSplit, Measure.Scalar(ScalarKeys.TrainAccuracy), FrameSplit, Measure.Scalar(ScalarKeys.PeakValAccuracy), new(Fast: 0.25, Demo: 0.05, Full: 0.05))),
        new("C2.2", "2",
            "The peak test accuracy … was 46.52 % on average, only 5.44 percentage points above the accuracy of always predicting the dominant class (41.08 %).",
            "fast",
            "Fast: tiny KoNViD-like videos, small CNN; Full: KoNViD-1k",
            b => CheckC22(b)),
        new("C2.3", "2",
            "With a video-level split the validation loss stops improving early (at about iteration 300) while the training loss keeps falling, and early stopping triggers (Fig 4, bottom).",
            "fast",
            "Fast: tiny KoNViD-like videos, small CNN; Full: KoNViD-1k (stop step)",
            b => b.Audit(VideoSplit, Leak.None)
                .EveryRun(VideoSplit, "early stopping triggered", r => r.Scalar(ScalarKeys.StoppedEarly) == 1)
                .EveryRun(VideoSplit, "training loss at the end below its value at the kept checkpoint", TrainLossFellAfterBest)
                .Below(VideoSplit, FrameSplit, Measure.Scalar(ScalarKeys.BestStep), EarlierBest)
                .Paper(VideoSplit, "C2.3")),
    ];

    private static void CheckC22(CheckBuilder b)
    {
        var test = b.Evidence.Mean(VideoSplit, Measure.Scalar(ScalarKeys.TestAccuracy));
        var majority = b.Evidence.Mean(VideoSplit, Measure.Scalar(ScalarKeys.MajorityAccuracy));
        var gain = test - majority;
        b.Audit(VideoSplit, Leak.None)
            .Require($"test accuracy − dominant-class accuracy ≥ −{BandBelow}", gain, -BandBelow, gain >= -BandBelow)
            .Require($"test accuracy − dominant-class accuracy ≤ {BandAbove}", gain, BandAbove, gain <= BandAbove)
            .NotAbove(VideoSplit, Measure.Scalar(ScalarKeys.TestAccuracy), FrameSplit, Measure.Scalar(ScalarKeys.PeakValAccuracy), new(Fast: -0.2, Demo: -0.2, Full: -0.3))
            .Paper(VideoSplit, "C2.2");
    }

    private static bool TrainLossFellAfterBest(SplitResult r)
    {
        var best = r.Scalar(ScalarKeys.BestStep);
        var loss = r.Curve.Where(p => p.Series == "train.loss").OrderBy(p => p.Step).ToArray();
        var atBest = loss.LastOrDefault(p => p.Step <= best);
        return best is not null && atBest is not null && loss[^1].Value < atBest.Value;
    }
}
