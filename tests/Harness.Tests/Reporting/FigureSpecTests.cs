using LeakSpec.Experiments;
using LeakSpec.Experiments.Pipelines;
using LeakSpec.Reporting;

namespace LeakSpec.Harness.Tests.Reporting;

/// <summary>What each figure draws, from which results, on which axis: tested on the specification, not on pixels.</summary>
[Trait("Category", "Fast")]
public sealed class FigureSpecTests
{
    private static readonly RunResults Results = SampleFigureResults.Build();

    private static FigureSpec Figure(PlotKind kind, string? fileContains = null) =>
        Plots.Figure(Plots.Plan(Results).Single(p => p.Kind == kind && (fileContains is null || p.FileName.Contains(fileContains, StringComparison.Ordinal))), Results);

    private static VariantResult Variant(string caseId, string name) => Results.Variants.Single(v => v.CaseId == caseId && v.Variant == name);

    [Fact]
    public void Fig8_Stage2TrainAndTest_AreOneSroccAxis_InSavedEpochs_FromTheirOwnSeries()
    {
        // When DeepRN's figure is specified
        var fig = Figure(PlotKind.DeepRnCurve);
        var leaky = fig.Panels[0];

        // Then its first panel draws stage 2's training and test SROCC against stage-1 epochs, on the SROCC axis only
        fig.PaperFigure.Should().Be("Fig 8");
        leaky.X.Unit.Should().Be("epochs");
        leaky.Left.Label.Should().Be("SROCC");
        leaky.Right.Should().BeNull();
        leaky.Series.Select(s => s.Source).Should().Contain(["train.srocc", "test.srocc"]);
        leaky.Series.Should().OnlyContain(s => s.Axis == AxisSide.Left && s.Source.EndsWith(".srocc", StringComparison.Ordinal));

        // And each series is exactly its data: x the saved epochs (10 … 150, not training steps), y the SROCCs
        var curve = Variant("deeprn", DeepRnRunner.Leaky).Splits[0].Curve;
        foreach (var s in leaky.Series)
        {
            var data = curve.Where(p => p.Series == s.Source).OrderBy(p => p.Step).ToArray();
            s.X.Should().Equal(data.Select(p => p.Step));
            s.Y.Should().Equal(data.Select(p => p.Value));
            s.X.Should().Equal(SampleFigureResults.SavedEpochs);
        }
    }

    [Fact]
    public void Fig8_ThePapers0888And092_AreLabelledLinesOnTheSroccAxis_InsideItsLimits()
    {
        // When DeepRN's figure is specified
        var panel = Figure(PlotKind.DeepRnCurve).Panels[0];

        // Then the paper's final test SROCC and best training SROCC are reference lines of the SROCC axis, labelled with their values
        panel.References.Select(r => r.Value).Should().Contain([0.888, 0.92]);
        panel.References.Should().OnlyContain(r => r.Axis == AxisSide.Left && r.FromPaper);
        panel.References.Single(r => r.Value == 0.888).Label.Should().Contain("0.888").And.Contain("D.2");
        panel.References.Single(r => r.Value == 0.92).Label.Should().Contain("0.92").And.Contain("D.3");
        panel.LeftLimits!.Value.Min.Should().BeLessThan(0.888);
        panel.LeftLimits!.Value.Max.Should().BeGreaterThan(0.92);
    }

    [Fact]
    public void Fig8_StageOneTraining_IsItsOwnPanel_PerEpoch()
    {
        // When DeepRN's figure is specified with both variants
        var fig = Figure(PlotKind.DeepRnCurve);

        // Then the second row holds stage 1's loss and accuracy, never mixed with a SROCC series, x in epochs 1..150
        fig.Rows.Should().Be(2);
        var training = fig.Panels[fig.Columns];
        training.Series.Select(s => s.Source).Should().Equal("stage1.train.loss", "stage1.train.acc");
        training.X.Unit.Should().Be("epochs");
        training.Series.Single(s => s.Source == "stage1.train.loss").Axis.Should().Be(AxisSide.Left);
        training.Series.Single(s => s.Source == "stage1.train.acc").Axis.Should().Be(AxisSide.Right);
        training.Series.SelectMany(s => s.X).Should().OnlyContain(x => x >= 1 && x <= 150);
        fig.Panels.Take(fig.Columns).SelectMany(p => p.Series).Should().NotContain(s => s.Source.Contains("loss", StringComparison.Ordinal));
    }

    [Fact]
    public void Fig8_TheCleanControl_StandsBesideTheLeakyRun_OnTheSameScale()
    {
        // When the results hold DeepRN's leaky run and its clean control
        var fig = Figure(PlotKind.DeepRnCurve);

        // Then they are two columns, leaky first, each drawn from its own data, sharing the SROCC limits
        fig.Columns.Should().Be(2);
        fig.Panels[0].Title.Should().Contain("leaky");
        fig.Panels[1].Title.Should().Contain("clean");
        var cleanTest = Variant("deeprn", SampleFigureResults.DeepRnClean).Splits[0].Curve.Where(p => p.Series == "test.srocc").OrderBy(p => p.Step);
        fig.Panels[1].Series.Single(s => s.Source == "test.srocc").Y.Should().Equal(cleanTest.Select(p => p.Value));
        fig.Panels[1].LeftLimits.Should().Be(fig.Panels[0].LeftLimits);
    }

    [Fact]
    public void Fig4_FrameLevelOnTop_VideoLevelBelow_LossLeft_AccuracyRight_ValidationWhereItRan()
    {
        // When Case II's training curves are specified
        var fig = Figure(PlotKind.FrameVsVideoCurves);

        // Then top is the frame-level (leaky) split and bottom the video-level one
        fig.PaperFigure.Should().Be("Fig 4");
        (fig.Rows, fig.Columns).Should().Be((2, 1));
        fig.Panels[0].Title.Should().StartWith("top: frame-level split");
        fig.Panels[1].Title.Should().StartWith("bottom: video-level split");

        // And losses are on the left axis, accuracies (in %) on the right; validation only at the steps where it ran
        var panel = fig.Panels[1];
        panel.Left.Label.Should().Be("loss");
        panel.Right!.Unit.Should().Be("%");
        panel.Series.Where(s => s.Source.EndsWith(".loss", StringComparison.Ordinal)).Should().OnlyContain(s => s.Axis == AxisSide.Left);
        panel.Series.Where(s => s.Source.EndsWith(".acc", StringComparison.Ordinal)).Should().OnlyContain(s => s.Axis == AxisSide.Right);
        var val = panel.Series.Single(s => s.Source == "val.acc");
        val.Style.Should().Be(SeriesStyle.DottedMarkers);
        val.X.Should().Equal(250, 500, 750, 1000, 1250, 1500, 1750, 2000);
        val.Y[0].Should().BeApproximately(44, 1e-9);
    }

    [Fact]
    public void Fig5_PredictedAndTrueClassShares_MeanAndStdOverSplits_WithTheDominantClassAccuracy()
    {
        // When Case II's class distribution is specified
        var fig = Figure(PlotKind.ClassDistribution);
        var panel = fig.Panels.Single();
        var v = Variant("2", Case2Runner.VideoSplit);

        // Then per class a predicted and a true bar, in percent, mean ± std over the five splits of the scalars
        fig.PaperFigure.Should().Be("Fig 5");
        panel.Categories.Should().HaveCount(5);
        panel.Left.Unit.Should().Be("%");
        for (var k = 1; k <= 5; k++)
        {
            var predicted = panel.Bars.Single(b => b.Group == BarFigures.PredictedGroup && b.Category == k - 1);
            predicted.Value.Should().BeApproximately(100 * v.ScalarStats(ScalarKeys.PredictedClass(k))!.Mean, 1e-9);
            predicted.Error.Should().BeApproximately(100 * v.ScalarStats(ScalarKeys.PredictedClass(k))!.Std, 1e-9);
            panel.Bars.Single(b => b.Group == BarFigures.TrueGroup && b.Category == k - 1).Value.Should().BeApproximately(100 * SampleFigureResults.TrueShares[k - 1], 1e-9);
        }

        panel.Bars.Single(b => b.Group == BarFigures.PredictedGroup && b.Category == 2).Error.Should().BeGreaterThan(0);

        // And the dominant-class accuracy of this run (41 %) and of the paper (41.08 %) are lines on the same % axis
        panel.References.Should().Contain(r => !r.FromPaper && Math.Abs(r.Value - 41) < 1e-9 && r.Label.Contains("dominant class", StringComparison.Ordinal));
        panel.References.Should().Contain(r => r.FromPaper && Math.Abs(r.Value - 41.08) < 1e-9);
        panel.References.Should().OnlyContain(r => r.Axis == AxisSide.Left);
    }

    [Theory]
    [InlineData("1", "case-1-bars")]
    [InlineData("3", "fig6")]
    [InlineData("3", "fig7")]
    [InlineData("4", "case-4-bars")]
    public void Bars_MarkEveryValueThePaperReferenceHasForTheVariantsClaims_OnItsOwnBar(string caseId, string file)
    {
        // When a case's bar chart is specified
        var plan = Plots.Plan(Results).Single(p => p.Kind == PlotKind.VariantBars && p.FileName.Contains(file, StringComparison.Ordinal));
        var panel = Plots.Figure(plan, Results).Panels.Single();

        // Then each variant's PLCC and SROCC bar is its mean ± std, and each number the catalog gives for any of its
        // claims is a cross on that bar, labelled with the value
        for (var i = 0; i < plan.Variants.Count; i++)
        {
            var v = Variant(caseId, plan.Variants[i]);
            panel.Bars.Single(b => b.Category == i && b.Group == BarFigures.PlccGroup).Value.Should().Be(v.Plcc!.Mean);
            panel.Bars.Single(b => b.Category == i && b.Group == BarFigures.SroccGroup).Error.Should().Be(v.Srocc!.Std);
            var expected = v.Claims.Select(PaperReference.Get).SelectMany(c => c.Values.Where(x => x.Metric is PaperValue.Plcc or PaperValue.Srocc)
                .Select(x => ($"{c.Id} {x.Metric}", x.Metric == PaperValue.Plcc ? BarFigures.PlccGroup : BarFigures.SroccGroup, x.Mean))).ToArray();
            panel.Markers.Where(m => m.Category == i).Select(m => (m.Source, m.Group, m.Y)).Should().BeEquivalentTo(expected);
            panel.Markers.Where(m => m.Category == i).All(m => m.Label == m.Y.ToString("0.00#", System.Globalization.CultureInfo.InvariantCulture)).Should().BeTrue();
        }
    }

    [Fact]
    public void CaseThreeBars_SplitIntoFig6AndFig7_InThePapersChartOrder()
    {
        // When Case III is planned
        var plan = Plots.Plan(Results).Where(p => p.CaseId == "3" && p.Kind == PlotKind.VariantBars).ToArray();

        // Then CNN-SVR (with the end-to-end head) is Fig 6 and CNN-LSTM is Fig 7, charts (a)–(d) first
        plan.Select(p => p.PaperFigure).Should().Equal("Fig 6", "Fig 7");
        plan[0].Variants.Should().Equal("cnn-svr.no-ft", "cnn-svr.clean", "cnn-svr.leaky+independent", "cnn-svr.leaky+tainted", "cnn-svr.clean+tainted", Case3Runner.EndToEnd);
        plan[1].Variants.Should().OnlyContain(v => v.StartsWith("cnn-lstm.", StringComparison.Ordinal));
        Plots.Figure(plan[0], Results).Panels[0].Categories[3].Should().Be("(d) leaky fine-tuning, tainted test\nC3.2");
    }

    [Fact]
    public void CaseTwoClassifier_WithoutCorrelations_GetsNoBarChart()
    {
        // Then Case II (NaN PLCC: a classifier, no regressor) has Figs 4 and 5 only
        Plots.Plan(Results).Where(p => p.CaseId == "2").Select(p => p.Kind).Should().BeEquivalentTo([PlotKind.FrameVsVideoCurves, PlotKind.ClassDistribution]);
    }

    [Fact]
    public void TrainingCurves_OnePerDistinctFineTuningRun_WithoutAPaperFigure()
    {
        // When the other cases' fine-tuning curves are planned (CNN-LSTM's clean run reuses CNN-SVR's fine-tuning)
        var curves = Plots.Plan(Results).Where(p => p.Kind == PlotKind.TrainingCurve).ToArray();

        // Then each distinct curve is drawn once, captioned as having no counterpart in the paper
        curves.Select(p => p.FileName).Should().Equal("case-1-livec.clean-curve.png", "case-3-cnn-svr.clean-curve.png");
        curves.Should().OnlyContain(p => p.PaperFigure == null && p.Placement == ReportPlacement.VariantTable);
        var panel = Plots.Figure(curves[1], Results).Panels.Single();
        panel.X.Should().Be(CurveFigures.Progress);
        panel.Series.Single(s => s.Source == "val.loss").X.Should().HaveCount(8);
    }
}
