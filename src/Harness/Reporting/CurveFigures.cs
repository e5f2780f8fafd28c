using LeakSpec.Experiments;
using LeakSpec.Experiments.Pipelines;

namespace LeakSpec.Reporting;

/// <summary>
/// The curve figures as specifications: Fig 4 (fine-tuning progress, frame-level split on top, video-level below),
/// Fig 8 (DeepRN's SROCC per saved stage-1 epoch, leaky and clean side by side) and one variant's training curve.
/// </summary>
public static class CurveFigures
{
    public static readonly AxisSpec Progress = new("fine-tuning progress", "training samples seen");
    public static readonly AxisSpec Epochs = new("stage-1 training", "epochs");
    public static readonly AxisSpec Srocc = new("SROCC", "");
    public static readonly AxisSpec Loss = new("loss", "");
    public static readonly AxisSpec Accuracy = new("accuracy", "%");

    /// <summary>The SROCC-valued numbers the paper gives for DeepRN, drawn as reference lines in Fig 8.</summary>
    private static readonly string[] DeepRnSroccMetrics = [ScalarKeys.FinalTestSrocc, ScalarKeys.BestTrainSrocc, ScalarKeys.BestTestSrocc, PaperValue.Srocc];

    /// <summary>Fig 4: one panel per variant, top to bottom in the given order (the frame-level split first).</summary>
    public static FigureSpec Fig4(IReadOnlyList<VariantResult> variants)
    {
        var panels = variants.Select((v, i) => TrainingPanel(
            $"{(variants.Count == 2 ? (i == 0 ? "top: " : "bottom: ") : string.Empty)}{Describe(v)} · split {v.Splits[0].Split}", v.Splits[0].Curve, string.Empty, Progress)).ToArray();
        return new FigureSpec("Case II: fine-tuning progress, frame-level vs video-level split", "Fig 4", panels.Length, 1, panels, Plots.Width, 60 + (400 * panels.Length));
    }

    /// <summary>One variant's fine-tuning curve (no figure of the paper shows it).</summary>
    public static FigureSpec Training(VariantResult v)
    {
        var panel = TrainingPanel($"{Plots.CaseLabel(v.CaseId)} · {v.Variant} ({v.ClaimIds}): fine-tuning progress · split {v.Splits[0].Split}", v.Splits[0].Curve, string.Empty, Progress);
        return new FigureSpec(panel.Title, null, 1, 1, [panel], Plots.Width, Plots.Height);
    }

    /// <summary>
    /// Fig 8: per variant a column; on top stage 2's training and test SROCC (and stage 1's own) per saved stage-1
    /// epoch with the paper's numbers as reference lines, all on one SROCC axis; below, when recorded, stage 1's
    /// training loss and accuracy per epoch.
    /// </summary>
    public static FigureSpec Fig8(IReadOnlyList<VariantResult> variants)
    {
        var references = PaperReference.Claims.Where(c => c.CaseId == "deeprn")
            .SelectMany(c => c.Values.Where(x => DeepRnSroccMetrics.Contains(x.Metric)).Select(x => new ReferenceLine(
                FormattableString.Invariant($"paper: {Quantity(x.Metric)} {x.Mean:0.0##} ({c.Id})"), x.Mean, AxisSide.Left, FromPaper: true)))
            .ToArray();
        var top = variants.Select(v => SroccPanel(v, references)).ToArray();
        var values = top.SelectMany(p => p.Series.SelectMany(s => s.Y)).Concat(references.Select(r => r.Value)).Where(double.IsFinite).ToArray();
        var limits = values.Length == 0 ? (0.0, 1.0) : (Math.Floor((values.Min() - 0.02) * 20) / 20, Math.Min(1.0, Math.Ceiling((values.Max() + 0.02) * 20) / 20));
        top = [.. top.Select(p => p with { LeftLimits = limits })];

        var bottom = variants.Select(v => TrainingPanel($"{v.Variant}: stage-1 training (all of its stage-1 images) · split {v.Splits[0].Split}", v.Splits[0].Curve, "stage1.", Epochs)).ToArray();
        var withTraining = bottom.All(p => p.Series.Count > 0);
        var panels = withTraining ? [.. top, .. bottom] : top;
        var rows = withTraining ? 2 : 1;
        return new FigureSpec("DeepRN: stage-2 SROCC per saved stage-1 model", "Fig 8", rows, variants.Count, panels, 60 + (760 * variants.Count), 60 + (420 * rows));
    }

    private static PanelSpec SroccPanel(VariantResult v, IReadOnlyList<ReferenceLine> references)
    {
        var curve = v.Splits[0].Curve;
        SeriesSpec? Series(string source, string label, SeriesStyle style)
        {
            var points = curve.Where(p => p.Series == source).OrderBy(p => p.Step).ToArray();
            return points.Length == 0 ? null : new SeriesSpec(label, source, AxisSide.Left, [.. points.Select(p => p.Step)], [.. points.Select(p => p.Value)], style);
        }

        SeriesSpec?[] series =
        [
            Series("train.srocc", "stage 2: training set", SeriesStyle.LineAndMarkers),
            Series("test.srocc", "stage 2: test set", SeriesStyle.DottedMarkers),
            Series("stage1.srocc", "stage 1: its own training images", SeriesStyle.LineAndMarkers),
        ];
        return new PanelSpec($"DeepRN · {Describe(v)} · split {v.Splits[0].Split}", Epochs, Srocc)
        {
            Series = [.. series.OfType<SeriesSpec>()],
            References = references,
        };
    }

    /// <summary>Loss on the left axis, accuracy (in %) on the right; training as lines, validation as dotted markers where it ran.</summary>
    internal static PanelSpec TrainingPanel(string title, IReadOnlyList<CurvePoint> curve, string prefix, AxisSpec x)
    {
        SeriesSpec? Series(string set, string quantity, AxisSide axis, double scale)
        {
            var source = $"{prefix}{set}.{quantity}";
            var points = curve.Where(p => p.Series == source).OrderBy(p => p.Step).ToArray();
            var label = $"{(set == "train" ? "training" : "validation")} {(quantity == "loss" ? "loss" : "accuracy")}";
            return points.Length == 0 ? null : new SeriesSpec(
                label, source, axis, [.. points.Select(p => p.Step)], [.. points.Select(p => p.Value * scale)], set == "train" ? SeriesStyle.Line : SeriesStyle.DottedMarkers);
        }

        SeriesSpec?[] all =
        [
            Series("train", "loss", AxisSide.Left, 1),
            Series("val", "loss", AxisSide.Left, 1),
            Series("train", "acc", AxisSide.Right, 100),
            Series("val", "acc", AxisSide.Right, 100),
        ];
        var series = all.OfType<SeriesSpec>().ToArray();
        return new PanelSpec(title, x, Loss)
        {
            Right = series.Any(s => s.Axis == AxisSide.Right) ? Accuracy : null,
            Series = series,
        };
    }

    /// <summary>The variant as the paper's figures name it.</summary>
    private static string Describe(VariantResult v) => (v.CaseId, v.Variant) switch
    {
        ("2", Case2Runner.FrameSplit) => $"frame-level split, leaky ({v.ClaimIds})",
        ("2", Case2Runner.VideoSplit) => $"video-level split, clean ({v.ClaimIds})",
        ("deeprn", DeepRnRunner.Leaky) => $"{v.Variant}: stage 1 on every image, test images included ({v.ClaimIds})",
        ("deeprn", "clean") => $"{v.Variant} control: stage 1 without the test images",
        _ => $"{v.Variant} ({v.ClaimIds})",
    };

    private static string Quantity(string metric) => metric switch
    {
        ScalarKeys.FinalTestSrocc => "final-epoch test SROCC",
        ScalarKeys.BestTrainSrocc => "best training SROCC",
        ScalarKeys.BestTestSrocc => "best test SROCC",
        _ => metric,
    };
}
