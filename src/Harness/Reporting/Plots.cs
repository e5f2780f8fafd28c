using System.Text;
using LeakSpec.Experiments;

namespace LeakSpec.Reporting;

/// <summary>Which plots a run gets and where (names derive from the results alone, so report.md can link them).</summary>
public static class Plots
{
    public const int Width = 900;
    public const int Height = 500;

    /// <summary>One bar chart per case with finished splits, one curve per variant that recorded a curve.</summary>
    public static IReadOnlyList<PlotSpec> Plan(RunResults results)
    {
        var plots = new List<PlotSpec>();
        foreach (var group in results.Variants.GroupBy(v => v.CaseId))
        {
            var caseTitle = CaseLabel(group.Key);
            if (group.Any(v => v.Splits.Count > 0))
            {
                plots.Add(new($"case-{Slug(group.Key)}-bars.png", $"{caseTitle}: test PLCC / SROCC per variant", PlotKind.VariantBars, group.Key, null));
            }

            foreach (var v in group.Where(v => v.Splits.Count > 0 && v.Splits[0].Curve.Count > 0))
            {
                var kind = group.Key == "deeprn" ? PlotKind.DeepRnCurve : PlotKind.TrainingCurve;
                var what = kind == PlotKind.DeepRnCurve ? "stage-2 SROCC per stage-1 epoch" : "training progress";
                plots.Add(new($"case-{Slug(group.Key)}-{Slug(v.Variant)}-curve.png", $"{caseTitle} · {v.Variant}: {what} (split {v.Splits[0].Split})", kind, group.Key, v.Variant));
            }
        }

        return plots;
    }

    /// <summary>Renders every planned plot into <paramref name="plotsDir"/>; returns the full paths written.</summary>
    public static IReadOnlyList<string> WriteAll(RunResults results, string plotsDir)
    {
        var written = new List<string>();
        foreach (var plot in Plan(results))
        {
            var path = Path.Combine(plotsDir, plot.FileName);
            var variants = results.Variants.Where(v => v.CaseId == plot.CaseId).ToArray();
            switch (plot.Kind)
            {
                case PlotKind.VariantBars:
                    BarChart.Write(path, plot.Title, variants, Width, Height);
                    break;
                case PlotKind.TrainingCurve:
                    CurveChart.Write(path, plot.Title, "iteration", Curve(variants, plot.Variant), [], Width, Height);
                    break;
                case PlotKind.DeepRnCurve:
                    CurveChart.Write(path, plot.Title, "stage-1 epoch", Curve(variants, plot.Variant), DeepRnReferenceLines(), Width, Height);
                    break;
            }

            written.Add(path);
        }

        return written;
    }

    /// <summary>The paper's horizontal reference lines of Fig 8 (D.2, D.3).</summary>
    public static IReadOnlyList<(string Label, double Value)> DeepRnReferenceLines() =>
    [
        ("paper: final-epoch test SROCC 0.888 (D.2)", PaperReference.Get("D.2").Values[0].Mean),
        ("paper: best training SROCC ≈ 0.92 (D.3)", PaperReference.Get("D.3").Values[0].Mean),
    ];

    internal static string CaseLabel(string caseId) => caseId == "deeprn" ? "DeepRN" : $"Case {caseId}";

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

    private static IReadOnlyList<CurvePoint> Curve(IEnumerable<VariantResult> variants, string? variant) =>
        variants.First(v => v.Variant == variant).Splits[0].Curve;
}
