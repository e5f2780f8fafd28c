using LeakSpec.Experiments;
using LeakSpec.Metrics;

namespace LeakSpec.Harness.Tests.Reporting;

/// <summary>Hand-made results with known means, to check what the report and plots make of them.</summary>
internal static class SampleResults
{
    public static SplitResult Split(int k, double plcc, double srocc, IReadOnlyList<CurvePoint>? curve = null, IReadOnlyList<string>? audit = null, Dictionary<string, double>? scalars = null) =>
        new(k, 1, new MetricSet(plcc, srocc, srocc - 0.1, 1 - plcc), null, curve ?? [], $"m{k}", audit ?? [], 3.0, scalars);

    public static IReadOnlyList<CurvePoint> Fig4Curve() =>
    [
        .. Enumerable.Range(1, 20).Select(i => new CurvePoint(i * 50, "train.loss", 1.6 / Math.Sqrt(i))),
        .. Enumerable.Range(1, 20).Select(i => new CurvePoint(i * 50, "train.acc", 0.2 + (0.7 * i / 20.0))),
        .. Enumerable.Range(1, 4).Select(i => new CurvePoint(i * 250, "val.loss", 1.2 + (0.05 * i))),
        .. Enumerable.Range(1, 4).Select(i => new CurvePoint(i * 250, "val.acc", 0.45 - (0.01 * i))),
    ];

    public static IReadOnlyList<CurvePoint> Fig8Curve() =>
    [
        .. Enumerable.Range(1, 15).Select(i => new CurvePoint(i * 10, "test.srocc", 0.80 + (0.006 * Math.Min(i, 12)) - (i == 15 ? 0.02 : 0))),
        .. Enumerable.Range(1, 15).Select(i => new CurvePoint(i * 10, "train.srocc", 0.85 + (0.005 * i))),
    ];

    /// <summary>Case 1 on TID2013 (clean 0.60 ± ~0.01, leaky 0.90), case 2 with a curve, DeepRN with scalars.</summary>
    public static RunResults Build(double seconds = 100) => new(
        "1.2.3",
        "cpu",
        [
            new("1", "tid2013.clean", "C1.3", "TID2013 (synthetic)", "ResNet18 (embedded)", [Split(1, 0.59, 0.55), Split(2, 0.60, 0.56), Split(3, 0.61, 0.57)]),
            new("1", "tid2013.leaky", "C1.4", "TID2013 (synthetic)", "ResNet18 (embedded)",
                [.. Enumerable.Range(1, 3).Select(k => Split(k, 0.90, 0.88, audit: ["finetune.train ⊇ regressor.test: 600 items | 25 groups"]))]),
            new("2", "leaky", "C2.1", "KoNViD-1k (synthetic)", "ResNet18 (embedded)",
                [Split(1, 0.5, 0.5, Fig4Curve(), scalars: new() { [ScalarKeys.ValAccuracy] = 0.97 })]),
            new("2", "clean", "C2.2,C2.3", "KoNViD-1k (synthetic)", "ResNet18 (embedded)",
                [Split(1, 0.4, 0.4, Fig4Curve(), scalars: new() { [ScalarKeys.ValAccuracy] = 0.45, [ScalarKeys.TestAccuracy] = 0.47 })]),
            new("deeprn", "leaky", "D.1,D.2,D.3", "KonIQ-10k (synthetic)", "ResNet18 (embedded)",
                [Split(1, 0.8, 0.78, Fig8Curve(), scalars: new() { [ScalarKeys.FinalTestSrocc] = 0.862, [ScalarKeys.BestTrainSrocc] = 0.925 })]),
        ],
        "synthetic",
        1,
        3,
        seconds);
}
