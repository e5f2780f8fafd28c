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
    public void EveryPlannedFigure_IsAPngOfItsSize_WithContent()
    {
        using var dir = new TestFolder();
        var results = SampleFigureResults.Build();

        // When every planned figure of a run with all cases is written
        var written = Plots.WriteAll(results, dir.Path);

        // Then each decodes at its specified size and is not blank
        var plan = Plots.Plan(results);
        written.Should().HaveCount(plan.Count);
        foreach (var (path, plot) in written.Zip(plan))
        {
            var spec = Plots.Figure(plot, results);
            Inspect(path).Should().Match<(int W, int H, double V)>(x => x.W == spec.Width && x.H == spec.Height && x.V > 100, path);
        }
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

        // Then: bars per case with correlations, Case II's curves in one figure, DeepRN's Fig 8, the same bytes both times
        first.Select(Path.GetFileName).Should().Equal(
            "case-1-bars.png", "case-2-bars.png", "case-2-fig4-curves.png", "case-deeprn-bars.png", "case-deeprn-fig8.png");
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
