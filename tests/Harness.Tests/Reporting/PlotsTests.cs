using LeakSpec.Harness.Tests.Experiments;
using LeakSpec.Reporting;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace LeakSpec.Harness.Tests.Reporting;

[Trait("Category", "Fast")]
public sealed class PlotsTests
{
    /// <summary>Decodes the PNG and returns its size and the variance of its grey levels (0 for a blank image).</summary>
    private static (int Width, int Height, double Variance) Inspect(string path)
    {
        using var image = Image.Load<Rgba32>(path);
        double sum = 0, sumSq = 0;
        var n = 0L;
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                foreach (var p in rows.GetRowSpan(y))
                {
                    var g = (0.299 * p.R) + (0.587 * p.G) + (0.114 * p.B);
                    sum += g;
                    sumSq += g * g;
                    n++;
                }
            }
        });
        var mean = sum / n;
        return (image.Width, image.Height, (sumSq / n) - (mean * mean));
    }

    [Fact]
    public void BarChart_IsAPngOfTheRequestedSize_WithContent()
    {
        using var dir = new TestFolder();
        var path = Path.Combine(dir.Path, "bars.png");

        // When case 1's variants are drawn at 640 × 360
        BarChart.Write(path, "Case 1", SampleResults.Build().Variants.Where(v => v.CaseId == "1").ToArray(), 640, 360);

        // Then the file decodes to that size and is not blank
        var (w, h, variance) = Inspect(path);
        (w, h).Should().Be((640, 360));
        variance.Should().BeGreaterThan(100);
    }

    [Fact]
    public void Curves_Fig4AndFig8_AreNonBlankPngs()
    {
        using var dir = new TestFolder();
        var fig4 = Path.Combine(dir.Path, "fig4.png");
        var fig8 = Path.Combine(dir.Path, "fig8.png");

        // When a loss/accuracy curve and the DeepRN curve with the paper's lines are drawn
        CurveChart.Write(fig4, "Fig 4", "iteration", SampleResults.Fig4Curve(), [], 800, 450);
        CurveChart.Write(fig8, "Fig 8", "stage-1 epoch", SampleResults.Fig8Curve(), Plots.DeepRnReferenceLines(), 500, 400);

        // Then both decode at their sizes with content
        Inspect(fig4).Should().Match<(int W, int H, double V)>(x => x.W == 800 && x.H == 450 && x.V > 100);
        Inspect(fig8).Should().Match<(int W, int H, double V)>(x => x.W == 500 && x.H == 400 && x.V > 100);
    }

    [Fact]
    public void BlankCheck_CanFail()
    {
        using var dir = new TestFolder();
        var path = Path.Combine(dir.Path, "white.png");

        // Given a uniformly white PNG, then the inspection reports zero variance (so the checks above can fail)
        using (var white = new Image<Rgba32>(50, 40, new Rgba32(255, 255, 255)))
        {
            white.SaveAsPng(path);
        }

        Inspect(path).Variance.Should().Be(0);
    }

    [Fact]
    public void WriteAll_WritesThePlannedFiles_Deterministically()
    {
        using var dir = new TestFolder();
        var results = SampleResults.Build();

        // When all plots are written twice
        var first = Plots.WriteAll(results, Path.Combine(dir.Path, "a"));
        var second = Plots.WriteAll(results, Path.Combine(dir.Path, "b"));

        // Then: bars per case, a curve per variant with one, the same bytes both times
        first.Select(Path.GetFileName).Should().Equal(
            "case-1-bars.png", "case-2-bars.png", "case-2-leaky-curve.png", "case-2-clean-curve.png", "case-deeprn-bars.png", "case-deeprn-leaky-curve.png");
        for (var i = 0; i < first.Count; i++)
        {
            File.ReadAllBytes(first[i]).Should().Equal(File.ReadAllBytes(second[i]), first[i]);
        }

        Inspect(first[0]).Should().Match<(int W, int H, double V)>(x => x.W == Plots.Width && x.H == Plots.Height);
    }

    [Fact]
    public void Slug_KeepsVariantNamesInsideThePlotsFolder()
    {
        // Then path separators and parent references are neutralised
        Plots.Slug("../evil/Name 1").Should().Be("-evil-name-1");
    }
}
