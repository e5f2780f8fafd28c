using LeakSpec.Experiments;
using LeakSpec.Reporting;

namespace LeakSpec.Harness.Tests.Reporting;

/// <summary>After ScottPlot's layout, nothing a reader needs hides the data: legends, category labels, the image's edges.</summary>
[Trait("Category", "Fast")]
public sealed class FigureRenderingTests
{
    private static readonly RunResults Results = SampleFigureResults.Build();

    public static TheoryData<string> Files() => [.. Plots.Plan(Results).Select(p => p.FileName)];

    [Theory]
    [MemberData(nameof(Files))]
    public void LegendAndCategoryLabels_StayOutOfTheDataArea_AndInsideTheImage(string file)
    {
        // Given a planned figure of a run with every case (Case III's eleven variants, DeepRN's two columns)
        var spec = Plots.Figure(Plots.Plan(Results).Single(p => p.FileName == file), Results);

        // When it is rendered
        var rendered = FigureRenderer.Render(spec);

        // Then every panel has a legend in its own panel, clear of the data area, and the panels stay inside the image
        rendered.Panels.Should().HaveCount(spec.Panels.Count);
        for (var i = 1; i < rendered.Panels.Count; i++)
        {
            rendered.Panels.Take(i).Should().NotContain(p => p.Panel.Intersects(rendered.Panels[i].Panel), "panels of a grid do not overlap");
        }

        var image = new Box(0, 0, spec.Width, spec.Height);
        foreach (var panel in rendered.Panels)
        {
            panel.Legend.Should().NotBeNull();
            panel.Legend!.Intersects(panel.Data).Should().BeFalse($"the legend {panel.Legend} must not cover the data {panel.Data}");
            image.Contains(panel.Panel).Should().BeTrue();
            panel.Panel.Contains(panel.Legend).Should().BeTrue($"the legend {panel.Legend} must fit its panel {panel.Panel}");

            // And category labels neither touch each other nor the data area, and fit the space the bottom axis reserved
            for (var i = 0; i < panel.TickLabels.Count; i++)
            {
                var label = panel.TickLabels[i];
                label.Intersects(panel.Data).Should().BeFalse();
                panel.BottomAxis.Contains(label).Should().BeTrue($"label {i} {label} must fit the bottom axis {panel.BottomAxis}");
                if (i > 0)
                {
                    label.Intersects(panel.TickLabels[i - 1]).Should().BeFalse($"labels {i - 1} and {i} must not collide");
                }
            }
        }
    }

    [Fact]
    public void OverlapCheck_CanFail_OnLabelsTooLongForTheirCategories()
    {
        // Given a bar panel whose single-word labels cannot be wrapped into their narrow categories
        var panel = new PanelSpec("too many long labels", BarFigures.Variant, BarFigures.Correlation)
        {
            Categories = [.. Enumerable.Range(0, 12).Select(i => $"an-unbreakable-variant-name-{i}")],
            Bars = [.. Enumerable.Range(0, 12).Select(i => new BarSpec("PLCC", i, 0.5, 0.01))],
        };

        // When it is rendered at the usual size
        var layout = FigureRenderer.Render(new FigureSpec("t", null, 1, 1, [panel], Plots.Width, Plots.Height)).Panels[0];

        // Then the layout reports the collisions the check above rejects
        layout.TickLabels.Zip(layout.TickLabels.Skip(1)).Should().Contain(p => p.First.Intersects(p.Second));
    }

    [Fact]
    public void Png_HasTheSpecifiedSize()
    {
        // When DeepRN's two-column figure is rendered
        var spec = Plots.Figure(Plots.Plan(Results).Single(p => p.Kind == PlotKind.DeepRnCurve), Results);
        using var image = SixLabors.ImageSharp.Image.Load(FigureRenderer.Render(spec).Png);

        // Then the PNG has the figure's size
        (image.Width, image.Height).Should().Be((spec.Width, spec.Height));
    }
}
