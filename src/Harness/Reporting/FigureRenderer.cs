using LeakSpec.IO;
using ScottPlot;

namespace LeakSpec.Reporting;

/// <summary>A rectangle in pixels of the rendered image (y grows downwards).</summary>
public sealed record Box(double Left, double Top, double Right, double Bottom)
{
    public bool Intersects(Box other) => Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;

    public bool Contains(Box other) => other.Left >= Left && other.Right <= Right && other.Top >= Top && other.Bottom <= Bottom;

    internal static Box Of(PixelRect r) => new(r.Left, r.Top, r.Right, r.Bottom);
}

/// <summary>Where ScottPlot put one panel's parts, after layout: what the overlap checks read.</summary>
/// <param name="Panel">The panel's share of the image.</param>
/// <param name="Data">The data area.</param>
/// <param name="Legend">The legend's panel, null without a legend.</param>
/// <param name="BottomAxis">The bottom axis panel (ticks, tick labels, axis label).</param>
/// <param name="TickLabels">A bar panel's category labels as measured by ScottPlot, at their ticks; empty for curves.</param>
public sealed record PanelLayout(Box Panel, Box Data, Box? Legend, Box BottomAxis, IReadOnlyList<Box> TickLabels);

public sealed record RenderedFigure(byte[] Png, IReadOnlyList<PanelLayout> Panels);

/// <summary>
/// Draws a <see cref="FigureSpec"/> with ScottPlot: panels in a grid, legends in their own panel below the data,
/// category labels wrapped to the width their category got.
/// </summary>
public static class FigureRenderer
{
    private static readonly Color PaperColor = Colors.Red;
    private static readonly Color[] Palette = [.. Enumerable.Range(0, 10).Select(i => new ScottPlot.Palettes.Category10().GetColor(i))];
    // The paper's lines are red and dashed, this run's grey and solid first: equal values stay distinguishable.
    private static readonly LinePattern[] PaperPatterns = [LinePattern.Dashed, LinePattern.Dotted, LinePattern.DenselyDashed];
    private static readonly LinePattern[] OwnPatterns = [LinePattern.Solid, LinePattern.Dotted, LinePattern.DenselyDashed];

    public static void Write(string path, FigureSpec spec) => AtomicFile.WriteAllBytes(path, Render(spec).Png);

    public static RenderedFigure Render(FigureSpec spec)
    {
        var plots = spec.Panels.Select(Build).ToArray();
        try
        {
            return Render(spec, plots);
        }
        finally
        {
            foreach (var p in plots)
            {
                p.Dispose();
            }
        }
    }

    private static RenderedFigure Render(FigureSpec spec, Plot[] plots)
    {
        var multi = new Multiplot();
        multi.Reset(plots[0]);
        foreach (var p in plots.Skip(1))
        {
            multi.AddPlot(p);
        }

        multi.Layout = new ScottPlot.MultiplotLayouts.Grid(spec.Rows, spec.Columns);

        // The first layout tells how wide each category and panel is; labels and titles are wrapped to fit, then drawn.
        Draw(multi, spec).Dispose();
        var labels = new List<string>[plots.Length];
        for (var i = 0; i < plots.Length; i++)
        {
            labels[i] = Fit(plots[i], spec.Panels[i]);
        }

        using var image = Draw(multi, spec);
        var png = image.GetImageBytes(ImageFormat.Png);
        return new RenderedFigure(png, [.. plots.Select((p, i) => Layout(p, labels[i]))]);
    }

    private static ScottPlot.Image Draw(Multiplot multi, FigureSpec spec) => multi.Render(spec.Width, spec.Height);

    private static Plot Build(PanelSpec spec)
    {
        var plot = new Plot();
        plot.Title(spec.Title, size: 13);
        plot.XLabel(spec.X.Title, size: 13);
        plot.YLabel(spec.Left.Title, size: 13);
        if (spec.Right is { } right)
        {
            plot.Axes.Right.Label.Text = right.Title;
            plot.Axes.Right.Label.FontSize = 13;
        }

        for (var i = 0; i < spec.Series.Count; i++)
        {
            AddSeries(plot, spec.Series[i], Palette[i % Palette.Length]);
        }

        if (spec.Categories.Count > 0)
        {
            AddBars(plot, spec);
        }

        var paperLines = 0;
        var ownLines = 0;
        foreach (var r in spec.References)
        {
            var line = plot.Add.HorizontalLine(r.Value);
            line.LegendText = r.Label;
            line.Color = r.FromPaper ? PaperColor : Colors.DimGray;
            line.LineWidth = 2;
            line.LinePattern = r.FromPaper ? PaperPatterns[paperLines++ % PaperPatterns.Length] : OwnPatterns[ownLines++ % OwnPatterns.Length];
            line.Axes.YAxis = r.Axis == AxisSide.Right ? plot.Axes.Right : plot.Axes.Left;
        }

        if (spec.LeftLimits is { } limits)
        {
            plot.Axes.SetLimitsY(limits.Min, limits.Max, plot.Axes.Left);
        }

        plot.ShowLegend(Edge.Bottom);
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.Legend.FontSize = 12;
        return plot;
    }

    private static void AddSeries(Plot plot, SeriesSpec s, Color color)
    {
        var scatter = plot.Add.Scatter(s.X.ToArray(), s.Y.ToArray());
        scatter.LegendText = s.Label;
        scatter.Color = color;
        scatter.LineWidth = 2;
        scatter.MarkerSize = s.Style == SeriesStyle.Line ? 0 : 7;
        scatter.LinePattern = s.Style == SeriesStyle.DottedMarkers ? LinePattern.Dotted : LinePattern.Solid;
        if (s.Axis == AxisSide.Right)
        {
            scatter.Axes.YAxis = plot.Axes.Right;
        }
    }

    private static void AddBars(Plot plot, PanelSpec spec)
    {
        var groups = spec.Groups.ToList();
        var width = 0.8 / Math.Max(groups.Count, 1);
        double Position(string group, int category) => category + ((groups.IndexOf(group) - ((groups.Count - 1) / 2.0)) * width);

        var bars = spec.Bars.Select(b => new Bar
        {
            Position = Position(b.Group, b.Category),
            Value = b.Value,
            Error = b.Error,
            FillColor = Palette[groups.IndexOf(b.Group) % Palette.Length],
            Size = width * 0.92,
        }).ToList();
        plot.Add.Bars(bars);
        foreach (var (g, i) in groups.Select((g, i) => (g, i)))
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = g, FillColor = Palette[i % Palette.Length] });
        }

        foreach (var m in spec.Markers)
        {
            var x = Position(m.Group, m.Category);
            var marker = plot.Add.Marker(x, m.Y, MarkerShape.Cross, 14, PaperColor);
            marker.MarkerLineWidth = 3;
            // The left group's value reads to the left of its cross, the others' to the right: neighbours never share a side.
            var leftSide = groups.IndexOf(m.Group) < (groups.Count / 2.0) - 0.25;
            var text = plot.Add.Text(m.Label, x, m.Y);
            text.LabelFontSize = 11;
            text.LabelFontColor = PaperColor;
            text.LabelBold = true;
            text.LabelAlignment = leftSide ? Alignment.MiddleRight : Alignment.MiddleLeft;
            text.OffsetX = leftSide ? -9 : 9;
            text.LabelBackgroundColor = Colors.White.WithAlpha(0.85);
        }

        if (spec.Markers.Count > 0)
        {
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = "paper (or the authors' files): value beside the cross",
                MarkerShape = MarkerShape.Cross, MarkerColor = PaperColor, MarkerSize = 12, MarkerLineWidth = 3,
            });
        }

        plot.Axes.SetLimitsX(-0.6, spec.Categories.Count - 0.4, plot.Axes.Bottom);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, spec.Categories.Count).Select(i => (double)i)], [.. spec.Categories]);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 12;
    }

    /// <summary>Wraps the title and the category labels to what the first layout gave them; returns the labels drawn.</summary>
    private static List<string> Fit(Plot plot, PanelSpec spec)
    {
        var data = plot.RenderManager.LastRender.DataRect;
        using var paint = Paint.NewDisposablePaint();
        var title = plot.Axes.Title.Label;
        title.Text = Wrap(spec.Title, data.Width, title, paint, " · ");
        if (spec.Categories.Count == 0)
        {
            return [];
        }

        var spacing = data.Width / spec.Categories.Count;
        var style = plot.Axes.Bottom.TickLabelStyle;
        var labels = spec.Categories.Select(c => string.Join("\n", c.Split('\n').Select(line => Wrap(line, 0.92 * spacing, style, paint, " ")))).ToList();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, labels.Count).Select(i => (double)i)], [.. labels]);
        return labels;
    }

    /// <summary>Greedy line breaking at <paramref name="separator"/> so that each line measures at most <paramref name="width"/>.</summary>
    private static string Wrap(string text, double width, LabelStyle style, Paint paint, string separator)
    {
        var saved = style.Text;
        double Measure(string s)
        {
            style.Text = s;
            return style.Measure(paint).Width;
        }

        var lines = new List<string>();
        var current = string.Empty;
        foreach (var word in text.Split(separator))
        {
            var candidate = current.Length == 0 ? word : current + separator + word;
            if (current.Length > 0 && Measure(candidate) > width)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }

        lines.Add(current);
        style.Text = saved;
        return string.Join("\n", lines);
    }

    private static PanelLayout Layout(Plot plot, IReadOnlyList<string> labels)
    {
        var render = plot.RenderManager.LastRender;
        using var paint = Paint.NewDisposablePaint();
        Box? legend = null;
        var bottom = Box.Of(render.DataRect);
        foreach (var (panel, size) in render.Layout.PanelSizes)
        {
            var rect = Box.Of(panel.GetPanelRect(render.DataRect, size, render.Layout.PanelOffsets[panel], paint));
            if (panel is ScottPlot.Panels.LegendPanel)
            {
                legend = rect;
            }
            else if (ReferenceEquals(panel, plot.Axes.Bottom))
            {
                bottom = rect;
            }
        }

        var ticks = new List<Box>();
        var style = plot.Axes.Bottom.TickLabelStyle;
        var saved = style.Text;
        var top = render.DataRect.Bottom + plot.Axes.Bottom.MajorTickStyle.Length;
        for (var i = 0; i < labels.Count; i++)
        {
            style.Text = labels[i];
            var size = style.Measure(paint);
            var x = plot.GetPixel(new Coordinates(i, 0), plot.Axes.Bottom, plot.Axes.Left).X;
            ticks.Add(new Box(x - (size.Width / 2), top, x + (size.Width / 2), top + size.Height));
        }

        style.Text = saved;
        return new PanelLayout(Box.Of(render.FigureRect), Box.Of(render.DataRect), legend, bottom, ticks);
    }
}
