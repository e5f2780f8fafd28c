using LeakSpec.Splitting;
using static LeakSpec.Experiments.Pipelines.Case1Runner;

namespace LeakSpec.Experiments.Claims;

/// <summary>Case I (Table 1): DeepBIQ fine-tuned on its own test images.</summary>
internal static class Case1Claims
{
    // Leaky − clean test SROCC / PLCC. The leaky run has memorised each test image's class, so it gains the content term
    // (half the latent variance, docs/synthetic.md); the clean run can only learn the distortion from the pixels.
    private static readonly Margin LeakGain = new(Fast: 0.25, Demo: 0.2);
    private static readonly Margin LeakGainPlcc = new(Fast: 0.1, Demo: 0.1);

    // C1.7: on few contents seen in many versions (TID2013), memorisation pays more than on many single images (LIVE).
    private static readonly Margin FlipLeaky = new(Fast: 0, Demo: 0.02);
    private static readonly Margin FlipClean = new(Fast: 0, Demo: 0.0);

    // A clean run must reach this share of the content-blind predictor's test SROCC (it learns the distortions).
    private const double TruthShare = 0.2;

    public static IEnumerable<ClaimDefinition> All { get; } =
    [
        new("C1.1", "1",
            "The final performance is reported in Table 1 in the third row at 0.7886(±0.024) PLCC and 0.7585(±0.020) SROCC on the independent test sets.",
            "demo-on-tiny",
            "Fast: tiny LIVE-like data, demo profile; Full: LIVE-in-the-Wild, AlexNet for CaffeNet",
            b => b.Audit(LiveClean, Leak.None).TruthFloor(LiveClean, TruthShare).Paper(LiveClean, "C1.1")),
        new("C1.2", "1",
            "The SVR performance then also increases to 0.9191(±0.018) PLCC and 0.9018(±0.014) SROCC, which is very close to the reported 0.9026 and 0.8851 PLCC and SROCC.",
            "demo-on-tiny",
            "Fast: tiny LIVE-like data, demo profile; Full: LIVE-in-the-Wild",
            b => b.Audit(LiveLeaky, Leak.CaseI)
                .Above(LiveLeaky, LiveClean, Measure.Srocc, LeakGain).Above(LiveLeaky, LiveClean, Measure.Plcc, LeakGainPlcc)
                .Paper(LiveLeaky, "C1.2")),
        new("C1.3", "1",
            "In the case of TID2013 we performed the splits according to the reference image in order to avoid data leakage.",
            "demo-on-tiny",
            "Fast: tiny TID-like data (split by reference), demo profile; Full: TID2013",
            b => b.Audit(TidClean, Leak.None).TruthFloor(TidClean, TruthShare).Paper(TidClean, "C1.3")),
        new("C1.4", "1",
            "For TID2013 the final SVR performance increases to 0.9621(±0.003) PLCC and 0.9578(±0.004).",
            "fast",
            "Fast: tiny TID-like data, small CNN (the demo profile's pretrained features already rank the tiny TID-like distortions well: its gain is smaller); Full: TID2013",
            b => b.Audit(TidLeaky, Leak.CaseI).Above(TidLeaky, TidClean, Measure.Srocc, LeakGain).Paper(TidLeaky, "C1.4")),
        new("C1.5", "1",
            "The training process was stopped early, if validation performance did not improve for 25 epochs in a row. … the fine-tuning process on LIVE-in-the-wild stopped after an average of 36 epochs (±7 standard deviation).",
            "demo-on-tiny",
            "Fast: demo profile on tiny LIVE-like data (patience 25 of the paper, 500-epoch cap); Full: epochs run and validation accuracy",
            b => b.EveryRun(LiveClean, "early stopping triggered before the epoch cap", r => r.Scalar(ScalarKeys.StoppedEarly) == 1)
                .EveryRun(LiveClean, "it validated every epoch", r => r.Curve.Any(p => p.Series == "val.acc"))
                .TruthFloor(LiveClean, TruthShare)
                .Paper(LiveClean, "C1.5")),
        new("C1.6", "1",
            "By eliminating the validation procedure and fine-tuning on the entire LIVE-in-the-wild dataset for 4900 iterations … the final training set classification accuracy of the fine-tuning stage jumps to 100%, as it is heavily overfitting on the training data.",
            "demo-on-tiny",
            "Fast: demo profile on tiny LIVE-like data (4,900 iterations); Full: LIVE-in-the-Wild",
            b => b.Audit(LiveLeaky, Leak.CaseI)
                .EveryRun(LiveLeaky, "no validation set", r => !r.Curve.Any(p => p.Series.StartsWith("val.", StringComparison.Ordinal)))
                .MeanAbove(LiveLeaky, Measure.Scalar(ScalarKeys.TrainAccuracy), b.IsFull ? 0.99 : 0.95)),
        new("C1.7", "1",
            "It can be observed that the correct implementation performs worse on the artificially degraded IQA database in TID2013, than it does on the authentic IQA database LIVE-in-the-wild, while the reverse is true for the numbers reported in [6].",
            "demo-on-tiny",
            "Fast: the four audits only (on tiny data the order of the two datasets swaps from seed set to seed set); both halves from the Demo tier up and at Full",
            b => b.Audit(TidClean, Leak.None).Audit(LiveClean, Leak.None).Audit(TidLeaky, Leak.CaseI).Audit(LiveLeaky, Leak.CaseI)
                .FromDemo(d => d.Below(TidClean, LiveClean, Measure.Srocc, FlipClean).Above(TidLeaky, LiveLeaky, Measure.Srocc, FlipLeaky)))
        {
            DemoGap = "the leaky half of the flip. The demo's leaky fine-tuning memorises LIVE-like photos, each its own content and "
                + "so easy to tell apart in frozen ResNet18 features, better than TID-like images, forty of which share one reference "
                + "and differ only by a distortion those features barely resolve at 64 px (default seed: leaky TID2013 0.76 vs leaky "
                + "LIVE 0.86 SROCC; inputs upsampled to 128 px gave 0.83 on the first split vs 0.87). The paper's whole-network CaffeNet learns TID2013's "
                + "distortions; a frozen trunk cannot, and whole-network fine-tuning does not fit the budget.",
        },
    ];
}
