using LeakSpec.Experiments;
using LeakSpec.Experiments.Pipelines;
using LeakSpec.Metrics;

namespace LeakSpec.Harness.Tests.Reporting;

/// <summary>
/// Hand-made results of every case with the runners' own variant names, five splits, Case II's class shares and
/// DeepRN's leaky run beside its clean control, each curve series recorded the way the pipelines record it.
/// </summary>
internal static class SampleFigureResults
{
    /// <summary>DeepRN's clean control (DeepRnRunner.Clean on the branch that adds it).</summary>
    public const string DeepRnClean = "clean";

    public static readonly double[] SavedEpochs = [.. Enumerable.Range(1, 15).Select(i => i * 10.0)];

    public static RunResults Build() => new(
        "1.2.3",
        "cpu",
        [
            .. Bars("1", [(Case1Runner.LiveClean, "C1.1,C1.5,C1.7", 0.55), (Case1Runner.LiveLeaky, "C1.2,C1.6,C1.7", 0.8), (Case1Runner.TidClean, "C1.3,C1.7", 0.5), (Case1Runner.TidLeaky, "C1.4,C1.7", 0.9)]),
            Case2(Case2Runner.FrameSplit, "C2.1", leaky: true),
            Case2(Case2Runner.VideoSplit, "C2.2,C2.3", leaky: false),
            .. Bars("3", [
                ("cnn-svr.no-ft", "C3.1", 0.6), ("cnn-svr.leaky+tainted", "C3.2", 0.85), ("cnn-svr.clean+tainted", "C3.3", 0.7), ("cnn-svr.leaky+independent", "C3.4", 0.66), ("cnn-svr.clean", "C3.5", 0.62),
                ("cnn-lstm.no-ft", "C3.6", 0.55), ("cnn-lstm.leaky+tainted", "C3.7", 0.8), ("cnn-lstm.clean+tainted", "C3.8", 0.66), ("cnn-lstm.leaky+independent", "C3.9", 0.6), ("cnn-lstm.clean", "C3.10", 0.58),
                (Case3Runner.EndToEnd, "C3.11", 0.61)]),
            .. Bars("4", [(Case4Runner.NoFtRandom, "C4.1,C4.5", 0.93), (Case4Runner.NoFtGrouped, "C4.2,C4.5", 0.64), (Case4Runner.FtRandom, "C4.3,C4.5", 0.96), (Case4Runner.FtGrouped, "C4.4,C4.5,C4.6", 0.8)]),
            DeepRn(DeepRnRunner.Leaky, "D.1,D.2,D.3", testTop: 0.90, trainTop: 0.92),
            DeepRn(DeepRnClean, "D.2", testTop: 0.84, trainTop: 0.91),
        ],
        "synthetic",
        977,
        5);

    /// <summary>The DeepRN curve as its pipeline writes it: stage-2 SROCC per saved epoch, stage-1 training per epoch.</summary>
    public static IReadOnlyList<CurvePoint> DeepRnCurve(double testTop, double trainTop) =>
    [
        .. SavedEpochs.Select((e, i) => new CurvePoint(e, "stage1.srocc", 0.6 + (0.37 * Math.Min(i, 11) / 11))),
        .. SavedEpochs.Select((e, i) => new CurvePoint(e, "train.srocc", trainTop - (0.1 / (i + 1)))),
        .. SavedEpochs.Select((e, i) => new CurvePoint(e, "test.srocc", testTop - (0.1 / (i + 1)) - (i == 14 ? 0.012 : 0))),
        .. Enumerable.Range(1, 150).Select(e => new CurvePoint(e, "stage1.train.loss", 1.5 / Math.Sqrt(e))),
        .. Enumerable.Range(1, 150).Select(e => new CurvePoint(e, "stage1.train.acc", Math.Min(0.99, 0.3 + (e / 150.0)))),
    ];

    /// <summary>Case II's curve: training every 50 samples, validation every 250 where it ran.</summary>
    public static IReadOnlyList<CurvePoint> FrameClassifierCurve(bool leaky) =>
    [
        .. Enumerable.Range(1, 40).Select(i => new CurvePoint(i * 50, "train.loss", 1.6 / Math.Sqrt(i))),
        .. Enumerable.Range(1, 40).Select(i => new CurvePoint(i * 50, "train.acc", 0.3 + (0.65 * i / 40.0))),
        .. Enumerable.Range(1, 8).Select(i => new CurvePoint(i * 250, "val.loss", leaky ? 1.5 / Math.Sqrt(i * 5) : 1.2 + (0.05 * i))),
        .. Enumerable.Range(1, 8).Select(i => new CurvePoint(i * 250, "val.acc", leaky ? 0.3 + (0.65 * i / 8.0) : 0.45 - (0.01 * i))),
    ];

    public static readonly double[] PredictedShares = [0.02, 0.12, 0.60, 0.23, 0.03];
    public static readonly double[] TrueShares = [0.05, 0.20, 0.41, 0.27, 0.07];

    private static VariantResult Case2(string variant, string claims, bool leaky) => new(
        "2", variant, claims, "KoNViD-1k (synthetic)", "ResNet18 (embedded)",
        [.. Enumerable.Range(1, 5).Select(k =>
        {
            var scalars = new Dictionary<string, double>
            {
                [ScalarKeys.ValAccuracy] = leaky ? 0.97 : 0.45,
                [ScalarKeys.TestAccuracy] = 0.45 + (0.01 * k),
                [ScalarKeys.MajorityAccuracy] = 0.41,
            };
            for (var c = 0; c < 5; c++)
            {
                // Split k moves 1 % of the frames from class C into class B or D: the std over splits is not zero.
                var shift = c == 2 ? -0.01 * k : c == (k % 2 == 0 ? 1 : 3) ? 0.01 * k : 0;
                scalars[ScalarKeys.PredictedClass(c + 1)] = PredictedShares[c] + shift;
                scalars[ScalarKeys.TrueClass(c + 1)] = TrueShares[c];
            }

            return new SplitResult(k, 977, new MetricSet(double.NaN, double.NaN, double.NaN, double.NaN), null, FrameClassifierCurve(leaky), $"m{k}", [], 1, scalars);
        })]);

    private static VariantResult DeepRn(string variant, string claims, double testTop, double trainTop) => new(
        "deeprn", variant, claims, "KonIQ-10k (synthetic)", "ResNet18 (embedded)",
        [.. Enumerable.Range(1, 5).Select(k => Split(k, testTop - 0.01, testTop - 0.012, k == 1 ? DeepRnCurve(testTop, trainTop) : []))]);

    /// <summary>Five splits per row; the clean fine-tuned variants (Case III's CNN-SVR and CNN-LSTM share one run) carry a curve.</summary>
    private static IEnumerable<VariantResult> Bars(string caseId, (string Variant, string Claims, double Plcc)[] rows) =>
        rows.Select(r => new VariantResult(caseId, r.Variant, r.Claims, "synthetic", "ResNet18 (embedded)",
            [.. Enumerable.Range(1, 5).Select(k => Split(
                k, r.Plcc + (0.01 * (k - 3)), r.Plcc - 0.02 + (0.01 * (k - 3)),
                k == 1 && r.Variant.EndsWith("clean", StringComparison.Ordinal) ? FrameClassifierCurve(leaky: false) : []))]));

    private static SplitResult Split(int k, double plcc, double srocc, IReadOnlyList<CurvePoint> curve) =>
        new(k, 977, new MetricSet(plcc, srocc, srocc - 0.1, 1 - plcc), null, curve, $"m{k}", [], 1);
}
