using LeakSpec.Reporting;

namespace LeakSpec.Harness.Tests.Reporting;

/// <summary>Each figure sits next to the table it illustrates and names the paper figure it answers.</summary>
[Trait("Category", "Fast")]
public sealed class MarkdownReportFigureTests
{
    private static readonly string Report = MarkdownReport.Build(SampleFigureResults.Build());

    /// <summary>The report text of one case's section.</summary>
    private static string Section(string heading)
    {
        var start = Report.IndexOf("\n## " + heading, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, heading);
        var end = Report.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? Report[start..] : Report[start..end];
    }

    [Theory]
    [InlineData("Case II", "case-2-video-split-fig5-classes.png", "| C2.2 | MajorityAccuracy |", "Fig 5")]
    [InlineData("Case II", "case-2-fig4-curves.png", "](plots/case-2-video-split-fig5-classes.png)", "Fig 4")]
    [InlineData("Case III", "case-3-fig6-bars.png", "| C3.11 |", "Fig 6")]
    [InlineData("Case III", "case-3-fig7-bars.png", "| C3.11 |", "Fig 7")]
    [InlineData("DeepRN", "case-deeprn-fig8.png", "| D.3 | BestTrainSrocc |", "Fig 8")]
    public void Figure_FollowsItsTable_BeforeTheVariantTable_CaptionedWithThePaperFigure(string heading, string file, string lastRowOfItsTable, string paperFigure)
    {
        var section = Section(heading);
        var image = section.IndexOf($"](plots/{file})", StringComparison.Ordinal);

        // Then the image comes after the last row of the table it illustrates and before the variant table
        image.Should().BeGreaterThan(section.IndexOf(lastRowOfItsTable, StringComparison.Ordinal));
        section.IndexOf(lastRowOfItsTable, StringComparison.Ordinal).Should().BeGreaterThan(0);
        image.Should().BeLessThan(section.IndexOf("Variants of this run:", StringComparison.Ordinal));

        // And its caption, the next line but one, names the paper's figure
        var caption = section[image..].Split('\n')[2];
        caption.Should().StartWith($"*Counterpart of the paper's {paperFigure}:*");
    }

    [Fact]
    public void BarsOfATableOnlyCase_SayThePaperHasNoFigureOfThem()
    {
        // Then Case IV's bars (Table 3 in the paper) are captioned as the table drawn as bars
        var section = Section("Case IV");
        var image = section.IndexOf("](plots/case-4-bars.png)", StringComparison.Ordinal);
        section[image..].Split('\n')[2].Should().StartWith("*The table above as bars (the paper has no figure of it):*");
    }
}
