using System.Globalization;
using LeakSpec.Experiments;
using LeakSpec.Experiments.Pipelines;
using LeakSpec.Training;

namespace LeakSpec.Reporting;

/// <summary>
/// The bar figures as specifications: test PLCC / SROCC per variant with every value the paper reference holds for
/// the variant's claims as a labelled cross (Figs 6–7, and Tables 1 and 3 drawn the same way), and Fig 5's
/// distribution of predicted classes.
/// </summary>
public static class BarFigures
{
    public const string PlccGroup = "PLCC (mean ± std)";
    public const string SroccGroup = "SROCC (mean ± std)";
    public const string PredictedGroup = "predicted (mean ± std over splits)";
    public const string TrueGroup = "true (mean ± std over splits)";

    public static readonly AxisSpec Variant = new("variant", "");
    public static readonly AxisSpec Correlation = new("correlation with MOS, test set", "");
    public static readonly AxisSpec ClassAxis = new("class of the video's MOS", "");
    public static readonly AxisSpec Share = new("share of test frames", "%");

    /// <summary>Case III's setups in the order of the paper's charts (a)–(d), then the ones its figures do not show.</summary>
    private static readonly (string Setup, string Label)[] CaseThreeSetups =
    [
        (Case3Runner.NoFineTune, "(a) no fine-tuning"),
        (Case3Runner.Clean, "(b) clean fine-tuning"),
        (Case3Runner.LeakyIndependent, "(c) leaky fine-tuning, independent test"),
        (Case3Runner.LeakyTainted, "(d) leaky fine-tuning, tainted test"),
        (Case3Runner.CleanTainted, "clean fine-tuning, tainted test"),
        (Case3Runner.EndToEnd, "end-to-end regression"),
    ];

    /// <summary>Cases I and IV's variants as the paper's tables name their rows.</summary>
    private static readonly Dictionary<string, string> RowLabels = new(StringComparer.Ordinal)
    {
        [Case1Runner.LiveClean] = "LIVE-in-the-Wild, clean",
        [Case1Runner.LiveLeaky] = "LIVE-in-the-Wild, leaky",
        [Case1Runner.TidClean] = "TID2013, clean",
        [Case1Runner.TidLeaky] = "TID2013, leaky",
        [Case4Runner.NoFtRandom] = "no fine-tuning, random split",
        [Case4Runner.NoFtGrouped] = "no fine-tuning, split by reference",
        [Case4Runner.FtRandom] = "fine-tuned, random split",
        [Case4Runner.FtGrouped] = "fine-tuned, split by reference",
    };

    /// <summary>Variants with finite test correlations (Case II's classifier has none), in the paper's order.</summary>
    public static IReadOnlyList<VariantResult> WithCorrelations(IEnumerable<VariantResult> variants) =>
        [.. variants.Where(v => v.Plcc is { } p && double.IsFinite(p.Mean)).OrderBy(Rank)];

    public static FigureSpec Correlations(string title, string? paperFigure, IReadOnlyList<VariantResult> variants)
    {
        var shown = WithCorrelations(variants);
        var bars = new List<BarSpec>();
        var markers = new List<MarkerSpec>();
        for (var i = 0; i < shown.Count; i++)
        {
            var v = shown[i];
            foreach (var (metric, group, stats) in new[] { (PaperValue.Plcc, PlccGroup, v.Plcc!), (PaperValue.Srocc, SroccGroup, v.Srocc!) })
            {
                bars.Add(new BarSpec(group, i, stats.Mean, stats.Std));
                foreach (var claim in v.Claims.Select(PaperReference.TryGet).OfType<PaperClaim>())
                {
                    if (claim.Value(metric) is { } paper)
                    {
                        markers.Add(new MarkerSpec(paper.Mean.ToString("0.00#", CultureInfo.InvariantCulture), $"{claim.Id} {metric}", group, i, paper.Mean));
                    }
                }
            }
        }

        var lowest = bars.Select(b => b.Value - b.Error).Concat(markers.Select(m => m.Y)).DefaultIfEmpty(0).Min();
        var panel = new PanelSpec(title, Variant, Correlation)
        {
            Categories = [.. shown.Select(Label)],
            Bars = bars,
            Markers = markers,
            LeftLimits = (Math.Min(0, Math.Floor((lowest - 0.05) * 10) / 10), 1.05),
        };
        return new FigureSpec(title, paperFigure, 1, 1, [panel], Plots.Width, Plots.Height);
    }

    /// <summary>
    /// Fig 5: per class the share of the test frames the classifier predicted in it and the share truly in it (mean ±
    /// std over splits), with this run's and the paper's dominant-class and test accuracies as reference lines.
    /// </summary>
    public static FigureSpec ClassDistribution(VariantResult v)
    {
        var classes = Enumerable.Range(1, 64).TakeWhile(k => v.ScalarStats(ScalarKeys.PredictedClass(k)) is not null).ToArray();
        var bars = new List<BarSpec>();
        foreach (var k in classes)
        {
            foreach (var (group, key) in new[] { (PredictedGroup, ScalarKeys.PredictedClass(k)), (TrueGroup, ScalarKeys.TrueClass(k)) })
            {
                if (v.ScalarStats(key) is { } s)
                {
                    bars.Add(new BarSpec(group, k - 1, 100 * s.Mean, 100 * s.Std));
                }
            }
        }

        var references = new List<ReferenceLine>();
        foreach (var (key, what) in new[] { (ScalarKeys.MajorityAccuracy, "always predicting the dominant class"), (ScalarKeys.TestAccuracy, "the classifier's test accuracy") })
        {
            if (v.ScalarStats(key) is { } mine)
            {
                references.Add(new ReferenceLine(FormattableString.Invariant($"this run: {what}, {100 * mine.Mean:0.0} %"), 100 * mine.Mean, AxisSide.Left, FromPaper: false));
            }

            foreach (var claim in v.Claims.Select(PaperReference.TryGet).OfType<PaperClaim>())
            {
                if (claim.Value(key) is { } paper)
                {
                    references.Add(new ReferenceLine(FormattableString.Invariant($"paper: {what}, {100 * paper.Mean:0.00} % ({claim.Id})"), 100 * paper.Mean, AxisSide.Left, FromPaper: true));
                }
            }
        }

        var title = $"Case II · {v.Variant} ({v.ClaimIds}): classes predicted for the test frames, {v.Splits.Count} splits";
        var panel = new PanelSpec(title, ClassAxis, Share)
        {
            Categories = [.. classes.Select(ClassLabel)],
            Bars = bars,
            References = references,
            LeftLimits = (0, Math.Min(100, 10 * Math.Ceiling((bars.Select(b => b.Value + b.Error).Concat(references.Select(r => r.Value)).DefaultIfEmpty(0).Max() + 5) / 10))),
        };
        return new FigureSpec(title, "Fig 5", 1, 1, [panel], Plots.Width, Plots.Height);
    }

    /// <summary>A short tick label: the setup as the paper names it (Case III's with its chart letter), then the first claim.</summary>
    internal static string Label(VariantResult v)
    {
        var claim = v.Claims.FirstOrDefault() ?? string.Empty;
        if (v.CaseId == "3")
        {
            var setup = VariantIds.Setup(v.Variant);
            var known = CaseThreeSetups.FirstOrDefault(s => s.Setup == setup);
            return $"{known.Label ?? setup}\n{claim}";
        }

        return $"{(v.CaseId is "1" or "4" ? RowLabels.GetValueOrDefault(v.Variant, v.Variant) : v.Variant)}\n{claim}";
    }

    private static int Rank(VariantResult v)
    {
        if (v.CaseId != "3")
        {
            return 0;
        }

        var setup = VariantIds.Setup(v.Variant);
        var i = Array.FindIndex(CaseThreeSetups, s => s.Setup == setup);
        return i < 0 ? CaseThreeSetups.Length : i;
    }

    /// <summary>The CNN-SVR classes (paper Fig 3: bins E to A of the MOS scale).</summary>
    private static string ClassLabel(int k)
    {
        var edges = ScoreQuantizer.CnnSvr.Edges;
        var letter = k <= 5 ? "EDCBA"[k - 1].ToString() : k.ToString(CultureInfo.InvariantCulture);
        if (edges.Count + 1 != 5 || k > 5)
        {
            return $"class {letter}";
        }

        var range = k == 1 ? FormattableString.Invariant($"MOS ≤ {edges[0]}")
            : k == 5 ? FormattableString.Invariant($"MOS > {edges[^1]}")
            : FormattableString.Invariant($"{edges[k - 2]} < MOS ≤ {edges[k - 1]}");
        return $"{letter}: {range}";
    }
}
