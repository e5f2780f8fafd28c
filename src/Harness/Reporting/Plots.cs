using System.Text;
using LeakSpec.Experiments;
using LeakSpec.Experiments.Pipelines;

namespace LeakSpec.Reporting;

/// <summary>Which figures a run gets and where (names derive from the results alone, so report.md can link them).</summary>
public static class Plots
{
    public const int Width = 900;
    public const int Height = 500;

    /// <summary>
    /// Per case: bar charts of the variants with test correlations (Case III split into the CNN-SVR chart of Fig 6 and
    /// the CNN-LSTM chart of Fig 7), Case II's Figs 4 and 5, DeepRN's Fig 8, and each other variant's training curve.
    /// </summary>
    public static IReadOnlyList<PlotSpec> Plan(RunResults results)
    {
        var plots = new List<PlotSpec>();
        foreach (var group in results.Variants.GroupBy(v => v.CaseId))
        {
            var id = group.Key;
            var caseTitle = CaseLabel(id);
            var correlated = BarFigures.WithCorrelations(group);
            if (id == "3")
            {
                var lstm = correlated.Where(v => v.Variant.StartsWith("cnn-lstm.", StringComparison.Ordinal)).ToArray();
                AddBars(plots, id, "fig6-bars", $"{caseTitle} · CNN-SVR: test PLCC / SROCC per setup", "Fig 6", [.. correlated.Except(lstm)]);
                AddBars(plots, id, "fig7-bars", $"{caseTitle} · CNN-LSTM: test PLCC / SROCC per setup", "Fig 7", lstm);
            }
            else
            {
                AddBars(plots, id, "bars", $"{caseTitle}: test PLCC / SROCC per variant", null, correlated);
            }

            var curved = group.Where(v => v.Splits.Count > 0 && v.Splits[0].Curve.Count > 0).ToArray();
            if (id == "2")
            {
                if (curved.Length > 0)
                {
                    var ordered = curved.OrderBy(v => v.Variant == Case2Runner.VideoSplit || v.Claims.Contains("C2.2") ? 1 : 0).ToArray();
                    plots.Add(new("case-2-fig4-curves.png", $"{caseTitle}: fine-tuning progress, frame-level split (top) vs video-level split (bottom)",
                        PlotKind.FrameVsVideoCurves, id, [.. ordered.Select(v => v.Variant)], "Fig 4", ReportPlacement.ClaimChecks));
                }

                foreach (var v in group.Where(v => v.Claims.Contains("C2.2") && v.ScalarStats(ScalarKeys.PredictedClass(1)) is not null))
                {
                    plots.Add(new($"case-2-{Slug(v.Variant)}-fig5-classes.png", $"{caseTitle} · {v.Variant}: distribution of the predicted classes on the test set",
                        PlotKind.ClassDistribution, id, [v.Variant], "Fig 5", ReportPlacement.ScalarTable));
                }
            }
            else if (id == "deeprn")
            {
                if (curved.Length > 0)
                {
                    var ordered = curved.OrderBy(v => v.Variant == DeepRnRunner.Leaky ? 0 : 1).ToArray();
                    plots.Add(new("case-deeprn-fig8.png", $"{caseTitle}: stage-2 SROCC per saved stage-1 epoch ({string.Join(" beside ", ordered.Select(v => v.Variant))})",
                        PlotKind.DeepRnCurve, id, [.. ordered.Select(v => v.Variant)], "Fig 8", ReportPlacement.ScalarTable));
                }
            }
            else
            {
                // Case III's CNN-LSTM variants reuse the CNN-SVR fine-tuning of their setup ("cnn-lstm.clean" and
                // "cnn-svr.clean"): one curve per distinct run. Variants of different setups are drawn even when equal.
                var seen = new List<(string Setup, IReadOnlyList<CurvePoint> Curve)>();
                foreach (var v in curved)
                {
                    var setup = VariantIds.Setup(v.Variant);
                    if (seen.Any(c => c.Setup == setup && c.Curve.SequenceEqual(v.Splits[0].Curve)))
                    {
                        continue;
                    }

                    seen.Add((setup, v.Splits[0].Curve));
                    plots.Add(new($"case-{Slug(id)}-{Slug(v.Variant)}-curve.png", $"{caseTitle} · {v.Variant}: fine-tuning progress (split {v.Splits[0].Split})",
                        PlotKind.TrainingCurve, id, [v.Variant], null, ReportPlacement.VariantTable));
                }
            }
        }

        return plots;
    }

    /// <summary>The specification of a planned figure: what it draws from which results, before any pixel.</summary>
    public static FigureSpec Figure(PlotSpec plot, RunResults results)
    {
        var variants = plot.Variants
            .Select(name => results.Variants.First(v => v.CaseId == plot.CaseId && v.Variant == name)).ToArray();
        return plot.Kind switch
        {
            PlotKind.VariantBars => BarFigures.Correlations(plot.Title, plot.PaperFigure, variants),
            PlotKind.ClassDistribution => BarFigures.ClassDistribution(variants[0]),
            PlotKind.FrameVsVideoCurves => CurveFigures.Fig4(variants),
            PlotKind.DeepRnCurve => CurveFigures.Fig8(variants),
            _ => CurveFigures.Training(variants[0]),
        };
    }

    /// <summary>Renders every planned figure into <paramref name="plotsDir"/>; returns the full paths written.</summary>
    public static IReadOnlyList<string> WriteAll(RunResults results, string plotsDir)
    {
        var written = new List<string>();
        foreach (var plot in Plan(results))
        {
            var path = Path.Combine(plotsDir, plot.FileName);
            FigureRenderer.Write(path, Figure(plot, results));
            written.Add(path);
        }

        return written;
    }

    /// <summary>What a figure of the kind shows, for its caption in the report.</summary>
    public static string Describe(PlotKind kind) => kind switch
    {
        PlotKind.VariantBars => "mean test PLCC and SROCC over the splits (error bars: std), every value the paper (or the authors' files) gives as a labelled red cross",
        PlotKind.FrameVsVideoCurves => "training loss and accuracy (lines) and validation loss and accuracy (dotted, where validation ran) against training samples seen; top: frame-level split (leaky), bottom: video-level split (clean)",
        PlotKind.ClassDistribution => "share of the test frames predicted in each class beside the true share (mean ± std over the splits); lines: always predicting the dominant class and the classifier's test accuracy, this run's (grey) and the paper's (red)",
        PlotKind.DeepRnCurve => "stage 2's training and test SROCC (and stage 1's own) per saved stage-1 model, with the paper's 0.888 (final test) and 0.92 (best training) as red lines; the leaky run beside the clean control where both ran; stage 1's training loss and accuracy per epoch below",
        _ => "fine-tuning loss and accuracy of the first split against training samples seen",
    };

    internal static string CaseLabel(string caseId) => caseId switch
    {
        "deeprn" => "DeepRN",
        "1" => "Case I",
        "2" => "Case II",
        "3" => "Case III",
        "4" => "Case IV",
        _ => $"Case {caseId}",
    };

    /// <summary>Lower-case letters, digits, '.' and '-' only: a variant name never escapes plots/ or breaks a Markdown link.</summary>
    internal static string Slug(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s.ToLowerInvariant())
        {
            sb.Append(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '-' ? c : '-');
        }

        return sb.ToString().Trim('.');
    }

    private static void AddBars(List<PlotSpec> plots, string caseId, string suffix, string title, string? paperFigure, IReadOnlyList<VariantResult> variants)
    {
        if (variants.Count > 0)
        {
            plots.Add(new($"case-{Slug(caseId)}-{suffix}.png", title, PlotKind.VariantBars, caseId, [.. variants.Select(v => v.Variant)], paperFigure, ReportPlacement.CorrelationTable));
        }
    }
}
