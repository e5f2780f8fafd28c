using LeakSpec.Splitting;
using static LeakSpec.Experiments.Pipelines.Case4Runner;

namespace LeakSpec.Experiments.Claims;

/// <summary>Case IV (Table 3; PLCC after the authors' 5-parameter logistic): degraded versions of one reference on both sides.</summary>
internal static class Case4Claims
{
    // A random image split puts other versions of every test reference into training: the SVR (and the fine-tuning)
    // learn each reference's content term, which pixels of an unseen reference cannot give.
    private static readonly Margin GroupingDrop = new(Fast: 0.1, Demo: 0.1);

    // C4.1 / C4.3: the random split reaches about what the distortions explain (the content-blind predictor's SROCC),
    // on test images whose references it trained on; the grouped split reaches a fraction of it.
    private const double RandomShare = 0.7;

    // C4.5: the drop with fine-tuning is smaller than without (0.97 − 0.81 < 0.94 − 0.64 in the authors' files).
    private static readonly Margin SmallerDrop = new(Fast: 0.0, Demo: 0.0);

    private const double TruthShare = 0.2;


    public static IEnumerable<ClaimDefinition> All { get; } =
    [
        new("C4.1", "4", "Without fine-tuning, a random split reproduces the published ≈ 0.94 PLCC and SROCC.",
            "fast", Where,
            b => b.Audit(NoFtRandom, Leak.CaseIV).TruthFloor(NoFtRandom, RandomShare).Paper(NoFtRandom, "C4.1")),
        new("C4.2", "4", "Without fine-tuning, the split by reference image drops significantly below the random split.",
            "fast", Where,
            b => b.Audit(NoFtGrouped, Leak.None).FromDemo(d => d.TruthFloor(NoFtGrouped, TruthShare))
                .Below(NoFtGrouped, NoFtRandom, Measure.Srocc, GroupingDrop).Paper(NoFtGrouped, "C4.2")),
        new("C4.3", "4", "With fine-tuning, a random split reproduces the published ≈ 0.97 PLCC and SROCC.",
            "fast", Where,
            b => b.Audit(FtRandom, Leak.CaseIV).TruthFloor(FtRandom, RandomShare).Paper(FtRandom, "C4.3")),
        new("C4.4", "4", "With fine-tuning, the split by reference image gives 0.81 ± 0.05 PLCC and SROCC: the true performance.",
            "fast", Where,
            b => b.Audit(FtGrouped, Leak.None).TruthFloor(FtGrouped, TruthShare)
                .FromDemo(d => d.Below(FtGrouped, FtRandom, Measure.Srocc, GroupingDrop)).Paper(FtGrouped, "C4.4")),
        new("C4.5", "4", "The drop from grouping by reference is smaller with fine-tuning than without.",
            "fast", Where,
            b => CheckC45(b))
        {
            DemoGap = "the demo's fine-tuning (ResNet18, whole network, two epochs of 32 px crops, 19 steps) does not lift the "
                + "reference-grouped split, it lowers it (default seed: 0.33 with fine-tuning vs 0.49 SROCC without), where the "
                + "paper's Inception-V3 fine-tuned for up to 10 epochs at 299 px (about 50,000 steps) lifts it from 0.64 to 0.81. "
                + "The paper's learning rate and batch (1e-4, 28: 86 steps) with the head's bias at the mean score reached 0.34 and "
                + "doubled Case IV's time; more steps do not fit the demo's budget.",
        },
        new("C4.6", "4", "The end-to-end fine-tuned network used as the predictor does not improve on the SVR over its features (row 7).",
            "fast", EndToEndWhere,
            b => b.Audit(FtGrouped, Leak.None)
                .NotAbove(FtGrouped, Measure.Scalar(ScalarKeys.EndToEndSrocc), FtGrouped, Measure.Srocc, new(Fast: 0.05, Demo: 0.02))
                .FromDemo(d => d.MeanAbove(FtGrouped, Measure.Scalar(ScalarKeys.EndToEndSrocc), 0.0))),
    ];

    private const string Where = "Fast: tiny KADID-like data, small CNN (6 test references per split: grouped-split comparisons from the Demo tier up); Full: KADID-10k, PLCC after the logistic";

    private const string EndToEndWhere = "Fast: tiny KADID-like data, the small CNN's own fine-tuned regression head as the predictor (Demo: ResNet18's); "
        + "Full: KADID-10k, the paper's Inception-ResNet-v2 (timm's weights) fine-tuned on the same grouped split, its head against the Inception-V3 MultiGAP SVR";

    private static void CheckC45(CheckBuilder b)
    {
        var e = b.Evidence;
        var without = e.Mean(NoFtRandom, Measure.Srocc) - e.Mean(NoFtGrouped, Measure.Srocc);
        var with = e.Mean(FtRandom, Measure.Srocc) - e.Mean(FtGrouped, Measure.Srocc);
        var m = SmallerDrop.For(b.Tier);
        b.Audit(NoFtRandom, Leak.CaseIV).Audit(FtGrouped, Leak.None)
            .FromDemo(d => d
                .Require(FormattableString.Invariant($"SROCC drop without fine-tuning − drop with fine-tuning > {m}"), without - with, m, without - with > m)
                .Above(FtGrouped, NoFtGrouped, Measure.Srocc, new(0, 0)));
    }
}
