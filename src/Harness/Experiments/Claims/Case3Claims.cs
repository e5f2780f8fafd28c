using LeakSpec.Splitting;
using C3 = LeakSpec.Experiments.Pipelines.Case3Runner;

namespace LeakSpec.Experiments.Claims;

/// <summary>Case III (Table 2, with the erratum of rows 13/14 and 18/19): tainted test sets.</summary>
internal static class Case3Claims
{
    public const string Svr = "cnn-svr.";
    public const string Lstm = "cnn-lstm.";

    // A leak lifts its row above the clean row: the tainted test holds videos whose content term fine-tuning baked into
    // the features; the leaky fine-tuning validated on frames of its training videos. Means over splits (8 test videos
    // per tiny split scatter by ± 0.2).
    private static readonly Margin BothLeaks = new(Fast: 0.15, Demo: 0.15);
    private static readonly Margin OneLeak = new(Fast: 0.05, Demo: 0.03);

    // The tainted test lifts more than the leaky fine-tuning (CNN-SVR, C3.3 > C3.4).
    private static readonly Margin TaintedOverLeakyFt = new(Fast: 0.03, Demo: 0.02);

    // A clean variant learns the distortions: this share of the content-blind predictor's test SROCC.
    private const double TruthShare = 0.3;

    public static IEnumerable<ClaimDefinition> All { get; } =
    [
        Row("C3.1", Svr + C3.NoFineTune, Leak.None, "Rows 7–10 … the data set splits have no impact; therefore, test sets can not be tainted with data items that the network had seen before.",
            b => b.TruthFloor(Svr + C3.NoFineTune, TruthShare)
                .Below(Svr + C3.NoFineTune, Svr + C3.LeakyTainted, Measure.Srocc, BothLeaks)),
        Row("C3.2", Svr + C3.LeakyTainted, Leak.CaseII | Leak.CaseIII, "We reproduce the performance values given in [9] … with both incorrect fine-tuning and tainted test sets in row 12.",
            b => Highest(b, Svr)),
        Row("C3.3", Svr + C3.CleanTainted, Leak.CaseIII, "… the tainted test sets caused a more significant gap in performance (clean fine-tuning, tainted test; printed as row 13, the result files' row 14).",
            b => b.Above(Svr + C3.CleanTainted, Svr + C3.Clean, Measure.Srocc, OneLeak)
                .Above(Svr + C3.CleanTainted, Svr + C3.LeakyIndependent, Measure.Srocc, TaintedOverLeakyFt)),
        Row("C3.4", Svr + C3.LeakyIndependent, Leak.CaseII, "… and fine-tuning with data leakage … compared to the correct and data leakage-free performance values in row 15 (printed as row 14, the result files' row 13).",
            b => b.Above(Svr + C3.LeakyIndependent, Svr + C3.Clean, Measure.Srocc, OneLeak)),
        Row("C3.5", Svr + C3.Clean, Leak.None, "… performance reported solely on test set items was 0.70 PLCC and 0.67 SROCC.",
            b => b.TruthFloor(Svr + C3.Clean, TruthShare)),
        Row("C3.6", Lstm + C3.NoFineTune, Leak.None, "CNN-LSTM without fine-tuning (row 10): the splits have no impact.",
            b => b.TruthFloor(Lstm + C3.NoFineTune, TruthShare)
                .Below(Lstm + C3.NoFineTune, Lstm + C3.LeakyTainted, Measure.Srocc, BothLeaks)),
        Row("C3.7", Lstm + C3.LeakyTainted, Leak.CaseII | Leak.CaseIII, "CNN-LSTM with both leaks (row 17) reproduces the published 0.867 / 0.849.",
            b => Highest(b, Lstm)),
        Row("C3.8", Lstm + C3.CleanTainted, Leak.CaseIII, "CNN-LSTM, clean fine-tuning and tainted test (printed as row 19, the result files' row 18).",
            b => b.Above(Lstm + C3.CleanTainted, Lstm + C3.Clean, Measure.Srocc, OneLeak)),
        Row("C3.9", Lstm + C3.LeakyIndependent, Leak.CaseII, "CNN-LSTM, leaky fine-tuning and independent test (printed as row 18, the result files' row 19).",
            b => b.Above(Lstm + C3.LeakyIndependent, Lstm + C3.Clean, Measure.Srocc, OneLeak)),
        Row("C3.10", Lstm + C3.Clean, Leak.None, "CNN-LSTM, clean fine-tuning and independent test (row 20): the true performance, below the CNN-SVR's.",
            b => b.TruthFloor(Lstm + C3.Clean, TruthShare)
                .NotAbove(Lstm + C3.Clean, Measure.Srocc, Svr + C3.Clean, Measure.Srocc, new(Fast: 0.05, Demo: 0.02))),
        Row("C3.11", C3.EndToEnd, Leak.None, "The end-to-end Inception-V3 regression network … does not outperform the CNN-SVR (0.66 / 0.65).",
            b => b.MeanAbove(C3.EndToEnd, Measure.Srocc, 0.0)
                .NotAbove(C3.EndToEnd, Measure.Srocc, Svr + C3.Clean, Measure.Srocc, new(Fast: 0.05, Demo: 0.02))),
    ];

    /// <summary>Leaky fine-tuning + tainted test is the highest row of its regressor.</summary>
    private static void Highest(CheckBuilder b, string regressor)
    {
        var top = regressor + C3.LeakyTainted;
        b.Above(top, regressor + C3.Clean, Measure.Srocc, BothLeaks)
            .Above(top, regressor + C3.CleanTainted, Measure.Srocc, new(0, 0))
            .Above(top, regressor + C3.LeakyIndependent, Measure.Srocc, new(0, 0))
            .Above(top, regressor + C3.NoFineTune, Measure.Srocc, new(0, 0));
    }

    private static ClaimDefinition Row(string id, string variant, Leak leak, string sentence, Action<CheckBuilder> compare) =>
        new(id, "3", sentence, "fast",
            "Fast: tiny KoNViD-like videos, small CNN — the audit only (8 test videos per split: every row's SROCC scatters by ± 0.3); the comparisons and floor from the Demo tier (default synthetic, 300 videos) up; Full: KoNViD-1k",
            b =>
            {
                b.Audit(variant, leak);
                b.FromDemo(d =>
                {
                    compare(d);
                    return d;
                });
                b.Paper(variant, id);
            });
}
