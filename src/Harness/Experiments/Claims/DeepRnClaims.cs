using LeakSpec.Splitting;
using static LeakSpec.Experiments.Pipelines.DeepRnRunner;

namespace LeakSpec.Experiments.Claims;

/// <summary>DeepRN (Fig 8): stage 1 trained on all of KonIQ-10k, against a clean control trained on the training split.</summary>
internal static class DeepRnClaims
{
    private const string Stage1 = "stage1.srocc";
    private const string Test = "test.srocc";

    // The leak is real: stage 1 saw the test images, so stage 2 ranks them better than the clean control's does.
    private static readonly Margin LeakLift = new(Fast: 0.02, Demo: 0.02);

    // The clean control's stage 2 must learn the distortions (from the Demo tier up: on the tiny KonIQ-like data a stage 1
    // trained on 70 % of 60 images leaves stage 2 near chance on some seed sets, SROCC 0.01).
    private const double TruthShare = 0.15;

    public static IEnumerable<ClaimDefinition> All { get; } =
    [
        new("D.1", "deeprn", "Stage 1 stops improving after about epoch 120.",
            "fast", Where,
            b => Audits(b).Synthetic(s => s.EveryRun(Leaky, "stage 1 learns, then saturates (last snapshot adds < 0.1 SROCC, first to last > 0.1)", Saturates))
                .Paper(Leaky, "D.1")),
        new("D.2", "deeprn", "With the leak, the final-epoch test SROCC is 0.888, below the published 0.92.",
            "fast", Where,
            b => Audits(b).Above(Leaky, Clean, Measure.Scalar(ScalarKeys.FinalTestSrocc), LeakLift)
                .NotAbove(Leaky, Measure.Scalar(ScalarKeys.FinalTestSrocc), Leaky, Measure.Scalar(ScalarKeys.BestTrainSrocc), new(0, 0))
                .FromDemo(d => d.TruthFloor(Clean, TruthShare))
                .Paper(Leaky, "D.2")),
        new("D.3", "deeprn", "Test SROCC never exceeds the best training-set SROCC (≈ 0.92): the leak cannot explain the published result.",
            "fast", Where,
            b => Audits(b)
                .EveryRun(Leaky, "every saved model's test SROCC ≤ the best training SROCC", NeverAboveBestTrain)
                .EveryRun(Clean, "every saved model's test SROCC ≤ the best training SROCC", NeverAboveBestTrain)
                .Above(Leaky, Clean, Measure.CurveMax(Test), LeakLift)
                .Paper(Leaky, "D.3")),
    ];

    private const string Where = "Fast: tiny KonIQ-like data, small CNN, leaky and clean control; Full: KonIQ-10k, ResNet-101";

    private static CheckBuilder Audits(CheckBuilder b) => b.Audit(Leaky, Leak.CaseI).Audit(Clean, Leak.None);

    private static bool NeverAboveBestTrain(SplitResult r) =>
        r.Scalar(ScalarKeys.BestTrainSrocc) is { } best && r.Curve.Where(p => p.Series == Test).All(p => p.Value <= best);

    private static bool Saturates(SplitResult r)
    {
        var s = r.Curve.Where(p => p.Series == Stage1).OrderBy(p => p.Step).ToArray();
        return s.Length > 2 && s[^1].Value - s[0].Value > 0.1 && s[^1].Value - s[^2].Value < 0.1;
    }
}
