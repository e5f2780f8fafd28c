namespace LeakSpec.Reporting;

/// <summary>Which vertical axis of a panel a series, bar, marker or reference line is measured on.</summary>
public enum AxisSide
{
    Left,
    Right,
}

/// <summary>How a series is drawn: densely sampled training curves as lines, sparse evaluations as dotted markers.</summary>
public enum SeriesStyle
{
    /// <summary>A dense training curve.</summary>
    Line,

    /// <summary>Evaluated at a few points only (validation, test), as the paper draws them: markers on a dotted line.</summary>
    DottedMarkers,

    /// <summary>Evaluated at every saved model (Fig 8): markers on a solid line.</summary>
    LineAndMarkers,
}

/// <summary>An axis: what it measures and in which unit (empty for a dimensionless correlation).</summary>
public sealed record AxisSpec(string Label, string Unit)
{
    public string Title => Unit.Length == 0 ? Label : $"{Label} ({Unit})";
}

/// <summary>One curve, with the results' series (or scalar) it was built from, so a test can trace every point.</summary>
/// <param name="Source">The <see cref="Experiments.CurvePoint.Series"/> name the points come from.</param>
public sealed record SeriesSpec(string Label, string Source, AxisSide Axis, IReadOnlyList<double> X, IReadOnlyList<double> Y, SeriesStyle Style);

/// <summary>One bar: <paramref name="Group"/> names its colour and legend entry, <paramref name="Category"/> its tick.</summary>
public sealed record BarSpec(string Group, int Category, double Value, double Error, AxisSide Axis = AxisSide.Left);

/// <summary>A labelled cross for a number the paper (or the authors' files) gives, drawn on the bar it belongs to.</summary>
/// <param name="Label">The text beside the cross (the value).</param>
/// <param name="Source">The claim and metric it comes from, e.g. "C4.4 PLCC".</param>
public sealed record MarkerSpec(string Label, string Source, string Group, int Category, double Y, AxisSide Axis = AxisSide.Left);

/// <summary>A labelled horizontal line at a value of one axis (the paper's 0.888, the dominant-class accuracy).</summary>
public sealed record ReferenceLine(string Label, double Value, AxisSide Axis, bool FromPaper);

/// <summary>
/// One panel of a figure: either curves over a numeric x axis, or bars over <see cref="Categories"/>. Everything the
/// renderer draws is here, so what a figure shows is tested on this record, not on pixels.
/// </summary>
public sealed record PanelSpec(string Title, AxisSpec X, AxisSpec Left)
{
    public AxisSpec? Right { get; init; }

    public IReadOnlyList<SeriesSpec> Series { get; init; } = [];

    public IReadOnlyList<ReferenceLine> References { get; init; } = [];

    /// <summary>Tick labels of a bar panel, one per category (index = <see cref="BarSpec.Category"/>); empty for curves.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    public IReadOnlyList<BarSpec> Bars { get; init; } = [];

    public IReadOnlyList<MarkerSpec> Markers { get; init; } = [];

    /// <summary>Fixed limits of the left axis (panels set beside each other share them); null lets the data decide.</summary>
    public (double Min, double Max)? LeftLimits { get; init; }

    /// <summary>The bar groups in drawing order (their left-to-right order within a category).</summary>
    public IReadOnlyList<string> Groups => [.. Bars.Select(b => b.Group).Distinct()];

}

/// <summary>A figure: panels in a grid (row-major), its size in pixels and the paper figure it answers.</summary>
/// <param name="PaperFigure">"Fig 8" etc., or null where the paper shows the numbers only as a table.</param>
public sealed record FigureSpec(string Title, string? PaperFigure, int Rows, int Columns, IReadOnlyList<PanelSpec> Panels, int Width, int Height);
