using LeakSpec.Experiments;
using LeakSpec.IO;
using ScottPlot;

namespace LeakSpec.Reporting;

/// <summary>
/// Fig 4 / Fig 8 style curves. Series are "&lt;set&gt;.&lt;quantity&gt;": losses go on the left axis and every other
/// quantity on the right when both occur (Fig 4's loss and accuracy); otherwise all share the left axis (Fig 8).
/// </summary>
public static class CurveChart
{
    public static void Write(
        string path, string title, string xLabel, IReadOnlyList<CurvePoint> points,
        IReadOnlyList<(string Label, double Value)> referenceLines, int width, int height) =>
        AtomicFile.WriteAllBytes(path, Render(title, xLabel, points, referenceLines, width, height));

    public static byte[] Render(
        string title, string xLabel, IReadOnlyList<CurvePoint> points,
        IReadOnlyList<(string Label, double Value)> referenceLines, int width, int height)
    {
        var plot = new Plot();
        var series = points.GroupBy(p => p.Series).OrderBy(g => g.Key, StringComparer.Ordinal).ToArray();
        var quantities = series.Select(g => Quantity(g.Key)).Distinct().ToArray();
        var split = quantities.Any(IsLoss) && quantities.Any(q => !IsLoss(q));
        var palette = new ScottPlot.Palettes.Category10();
        for (var i = 0; i < series.Length; i++)
        {
            var ordered = series[i].OrderBy(p => p.Step).ToArray();
            var scatter = plot.Add.Scatter(ordered.Select(p => p.Step).ToArray(), ordered.Select(p => p.Value).ToArray());
            scatter.LegendText = series[i].Key;
            scatter.Color = palette.GetColor(i);
            scatter.LineWidth = 2;
            // Validation and test are evaluated sparsely: dotted with markers, as the paper draws them.
            var sparse = !series[i].Key.StartsWith("train", StringComparison.Ordinal);
            scatter.MarkerSize = sparse ? 7 : 0;
            scatter.LinePattern = sparse ? LinePattern.Dotted : LinePattern.Solid;
            if (split && !IsLoss(Quantity(series[i].Key)))
            {
                scatter.Axes.YAxis = plot.Axes.Right;
            }
        }

        var patterns = new[] { LinePattern.Dashed, LinePattern.Dotted };
        for (var i = 0; i < referenceLines.Count; i++)
        {
            var line = plot.Add.HorizontalLine(referenceLines[i].Value);
            line.LegendText = referenceLines[i].Label;
            line.Color = Colors.Red;
            line.LinePattern = patterns[i % patterns.Length];
        }

        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(split ? "loss" : string.Join(" / ", quantities));
        if (split)
        {
            plot.Axes.Right.Label.Text = string.Join(" / ", quantities.Where(q => !IsLoss(q)));
        }

        plot.ShowLegend(Alignment.LowerLeft);
        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }

    private static string Quantity(string series)
    {
        var dot = series.LastIndexOf('.');
        return dot < 0 ? series : series[(dot + 1)..];
    }

    private static bool IsLoss(string quantity) => quantity.Contains("loss", StringComparison.OrdinalIgnoreCase);
}
