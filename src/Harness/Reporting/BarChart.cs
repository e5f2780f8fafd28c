using LeakSpec.Experiments;
using LeakSpec.IO;
using ScottPlot;

namespace LeakSpec.Reporting;

/// <summary>Figs 6–7 style: mean test PLCC and SROCC per variant, std as error bars, the paper's values as red crosses.</summary>
public static class BarChart
{
    private static readonly Color PlccColor = Color.FromHex("#1f77b4");
    private static readonly Color SroccColor = Color.FromHex("#ff7f0e");

    public static void Write(string path, string title, IReadOnlyList<VariantResult> variants, int width, int height) =>
        AtomicFile.WriteAllBytes(path, Render(title, variants, width, height));

    public static byte[] Render(string title, IReadOnlyList<VariantResult> variants, int width, int height)
    {
        var plot = new Plot();
        var bars = new List<Bar>();
        var lowest = 0.0;
        var shown = variants.Where(v => v.Splits.Count > 0).ToArray();
        for (var i = 0; i < shown.Length; i++)
        {
            var v = shown[i];
            foreach (var (metric, offset, color, stats) in new[]
            {
                (PaperValue.Plcc, -0.2, PlccColor, v.Plcc!),
                (PaperValue.Srocc, 0.2, SroccColor, v.Srocc!),
            })
            {
                bars.Add(new Bar { Position = i + offset, Value = stats.Mean, Error = stats.Std, FillColor = color, Size = 0.38 });
                lowest = Math.Min(lowest, stats.Mean - stats.Std);
                if (PaperValueFor(v, metric) is { } paper)
                {
                    var marker = plot.Add.Marker(i + offset, paper.Mean, MarkerShape.Cross, 14, Colors.Red);
                    marker.MarkerLineWidth = 3;
                }
            }
        }

        plot.Add.Bars(bars);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, shown.Length).Select(i => (double)i).ToArray(),
            shown.Select(v => $"{v.Variant}\n{v.ClaimIds}").ToArray());
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "PLCC (mean ± std)", FillColor = PlccColor });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "SROCC (mean ± std)", FillColor = SroccColor });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "paper", MarkerShape = MarkerShape.Cross, MarkerColor = Colors.Red, MarkerSize = 12 });
        plot.ShowLegend(Alignment.LowerRight);
        plot.Title(title);
        plot.YLabel("correlation with MOS (test set)");
        plot.Axes.SetLimits(-0.7, Math.Max(shown.Length, 1) - 0.3, Math.Min(0, lowest - 0.05), 1.05);
        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }

    /// <summary>The paper's value for the first claim of the variant that has one.</summary>
    private static PaperValue? PaperValueFor(VariantResult v, string metric) =>
        v.Claims.Select(PaperReference.TryGet).Select(c => c?.Value(metric)).FirstOrDefault(x => x is not null);
}
