using LeakSpec.Experiments;
using LeakSpec.Experiments.Pipelines;
using LeakSpec.Spec.Shared;

namespace LeakSpec.Spec.Case3_TaintedTest;

/// <summary>
/// Case III (Table 2) on tiny synthetic videos with the small CNN. The tainted test draws the regressor's test videos
/// anew from all videos, so most were seen in fine-tuning and their content term is baked into the features; an
/// independent test set keeps the put-away videos. Asserted: the order of the rows, never the paper's numbers.
/// The tiny set has 40 videos, so a test set holds 8 and one split's SROCC scatters by ± 0.2: comparisons the paper
/// makes between means over splits are made here between means over <see cref="FastTier.Seeds"/>. The CNN-LSTM and
/// end-to-end rows are at chance on 32 training videos; their Fast tests check that each runs on exactly its row's
/// split (the audit) and yields a correlation — their numbers are asserted by the Full tier only.
/// </summary>
[Trait("Category", "Fast")]
public sealed class C3_TaintedTest_Fast(TaintedTestFastRuns runs) : IClassFixture<TaintedTestFastRuns>
{
    private const string Svr = "cnn-svr.";
    private const string Lstm = "cnn-lstm.";

    /// <summary>"… the data set splits have no impact; therefore, test sets can not be tainted with data items that the network had seen before." (rows 7–10, no fine-tuning)</summary>
    [Fact]
    [Trait("Claim", "C3.1")]
    public void C3_1_NoFineTuning_CnnSvr_IsCleanAndBelowTheLeakyTaintedRow()
    {
        FastTier.Seeds.Should().OnlyContain(seed => runs.Get(Svr + Case3Runner.NoFineTune, seed).AuditFindings.Count == 0);
        Mean(Svr + Case3Runner.NoFineTune).Should().BeLessThan(Mean(Svr + Case3Runner.LeakyTainted) - 0.05);
    }

    /// <summary>"We reproduce the performance values given in [9] … with both incorrect fine-tuning and tainted test sets in row 12." (0.85 / 0.85 against 0.70 / 0.67 clean)</summary>
    [Fact]
    [Trait("Claim", "C3.2")]
    public void C3_2_LeakyFineTuningAndTaintedTest_CnnSvr_BeatsTheCleanRow()
    {
        foreach (var seed in FastTier.Seeds)
        {
            runs.Get(Svr + Case3Runner.LeakyTainted, seed).AuditFindings
                .Should().Contain(f => f.StartsWith("Case II:", StringComparison.Ordinal))
                .And.Contain(f => f.StartsWith("Case III:", StringComparison.Ordinal));
        }

        (Mean(Svr + Case3Runner.LeakyTainted) - Mean(Svr + Case3Runner.Clean)).Should().BeGreaterThan(0.15);
    }

    /// <summary>"Next, rows 13 and 14 show the individual impact of tainted test sets (row 13) …" (0.72 / 0.69 vs 0.70 / 0.67)</summary>
    [Fact]
    [Trait("Claim", "C3.3")]
    public void C3_3_CleanFineTuningAndTaintedTest_CnnSvr_BeatsTheIndependentTest()
    {
        var audits = FastTier.Seeds.SelectMany(seed => runs.Get(Svr + Case3Runner.CleanTainted, seed).AuditFindings).ToArray();

        audits.Should().Contain(f => f.StartsWith("Case III:", StringComparison.Ordinal))
            .And.NotContain(f => f.StartsWith("Case II:", StringComparison.Ordinal));
        (Mean(Svr + Case3Runner.CleanTainted) - Mean(Svr + Case3Runner.Clean)).Should().BeGreaterThan(0.1);
    }

    /// <summary>"… and fine-tuning with data leakage (row 14) compared to the correct and data leakage-free performance values in row 15." — the tainted test, not the leaky fine-tuning alone, carries row 12.</summary>
    [Fact]
    [Trait("Claim", "C3.4")]
    public void C3_4_LeakyFineTuningAndIndependentTest_CnnSvr_StaysBelowTheTaintedRow()
    {
        foreach (var seed in FastTier.Seeds)
        {
            runs.Get(Svr + Case3Runner.LeakyIndependent, seed).AuditFindings
                .Should().Contain(f => f.StartsWith("Case II:", StringComparison.Ordinal))
                .And.NotContain(f => f.StartsWith("Case III:", StringComparison.Ordinal));
        }

        Mean(Svr + Case3Runner.LeakyIndependent).Should().BeLessThan(Mean(Svr + Case3Runner.LeakyTainted) - 0.1);
    }

    /// <summary>"… performance reported solely on test set items was 0.70 PLCC and 0.67 SROCC." (row 15, the true performance)</summary>
    [Fact]
    [Trait("Claim", "C3.5")]
    public void C3_5_CleanFineTuningAndIndependentTest_CnnSvr_IsCleanAndTheLowestFineTunedRow()
    {
        FastTier.Seeds.Should().OnlyContain(seed => runs.Get(Svr + Case3Runner.Clean, seed).AuditFindings.Count == 0);
        Mean(Svr + Case3Runner.Clean).Should().BeLessThan(Mean(Svr + Case3Runner.LeakyTainted));
        Mean(Svr + Case3Runner.Clean).Should().BeLessThan(Mean(Svr + Case3Runner.CleanTainted));
    }

    /// <summary>Table 2 rows 10 and 16–20: CNN-LSTM on the same features and splits as CNN-SVR.</summary>
    [Theory]
    [InlineData(Case3Runner.NoFineTune, "", "C3.6")]
    [InlineData(Case3Runner.LeakyTainted, "Case II:,Case III:", "C3.7")]
    [InlineData(Case3Runner.CleanTainted, "Case III:", "C3.8")]
    [InlineData(Case3Runner.LeakyIndependent, "Case II:", "C3.9")]
    [InlineData(Case3Runner.Clean, "", "C3.10")]
    [Trait("Claim", "C3.6")]
    [Trait("Claim", "C3.7")]
    [Trait("Claim", "C3.8")]
    [Trait("Claim", "C3.9")]
    [Trait("Claim", "C3.10")]
    public void C3_6_to_C3_10_CnnLstm_RunsOnExactlyItsRowsSplit(string setup, string cases, string claim)
    {
        var expected = cases.Split(',', StringSplitOptions.RemoveEmptyEntries);
        foreach (var seed in FastTier.Seeds)
        {
            var lstm = runs.Get(Lstm + setup, seed);
            var svr = runs.Get(Svr + setup, seed);

            lstm.ManifestHash.Should().Be(svr.ManifestHash, $"{claim}: the LSTM and the SVR of one row share the split");
            lstm.AuditFindings.Select(f => f[..(f.IndexOf(':') + 1)]).Distinct().Should().BeEquivalentTo(expected, claim);
            double.IsFinite(lstm.Test.Srocc).Should().BeTrue();
        }
    }

    /// <summary>The end-to-end Inception-V3 regression network, video score = mean frame score (0.66 / 0.65, clean).</summary>
    [Fact]
    [Trait("Claim", "C3.11")]
    public void C3_11_EndToEnd_RunsOnACleanSplitAndYieldsACorrelation()
    {
        foreach (var seed in FastTier.Seeds)
        {
            var endToEnd = runs.Get(Case3Runner.EndToEnd, seed);

            endToEnd.AuditFindings.Should().BeEmpty();
            double.IsFinite(endToEnd.Test.Srocc).Should().BeTrue();
            endToEnd.Curve.Should().Contain(p => p.Series == "train.loss");
        }
    }

    private double Mean(string variant) => FastTier.Seeds.Average(seed => runs.Get(variant, seed).Test.Srocc);
}
