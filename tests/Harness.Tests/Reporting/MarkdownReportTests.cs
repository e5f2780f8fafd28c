using LeakSpec.Experiments;
using LeakSpec.Reporting;

namespace LeakSpec.Harness.Tests.Reporting;

[Trait("Category", "Fast")]
public sealed class MarkdownReportTests
{
    private static readonly string Report = MarkdownReport.Build(SampleResults.Build());

    [Fact]
    public void CaseTable_PutsThePapersNumbersBesideThisRunsWithBackboneAndDataset()
    {
        // Then Table 1's rows carry the paper's values, this run's mean ± std and what produced each
        Report.Should().Contain("## Case I — DeepBIQ");
        Report.Should().Contain("| claim | setup | paper PLCC | paper SROCC | this run PLCC | this run SROCC | backbone (paper → this run) | dataset (paper → this run) |");
        Report.Should().Contain("| C1.3 | TID2013, clean, grouped by reference (true performance) | 0.6953 ± 0.059 | 0.6443 ± 0.054 | 0.6000 ± 0.0100 | 0.5600 ± 0.0100 | CaffeNet → ResNet18 (embedded) | TID2013 → TID2013 (synthetic) |");
        Report.Should().Contain("| C1.4 | TID2013, leaky fine-tuning (published: 0.96 / 0.96) | 0.9621 ± 0.003 | 0.9578 ± 0.004 | 0.9000 ± 0.0000 |");
        Report.Should().Contain("| C1.1 | LIVE-in-the-Wild, clean fine-tuning (true performance) | 0.7886 ± 0.024 | 0.7585 ± 0.02 | not run | not run | CaffeNet → not run |");
    }

    [Fact]
    public void ClaimChecks_ListEveryConditionOfTheCatalogWithThisRunsNumbers()
    {
        // Then each claim of the case appears through its catalog check, and a missing variant fails its conditions
        Report.Should().Contain("Claim checks (Demo margins; docs/claims.md states each one):");
        Report.Should().Contain("| C1.4 | SROCC: tid2013.leaky − tid2013.clean > 0.2 | 0.32 | yes |");
        Report.Should().Contain("| C1.2 | audit: livec.leaky leaks exactly CaseI on every run | 0 | **no** |");
    }

    [Fact]
    public void ScalarClaims_AuditAndSubstitutions_AreReported()
    {
        // Then C2.2's and DeepRN's quantities, the leak audit and the substitutions appear
        Report.Should().Contain("| C2.2 | TestAccuracy | 0.4652 | 0.4700 ± 0.0000 (n = 1) | clean |");
        Report.Should().Contain("| C2.2 | MajorityAccuracy | 0.4108 | not reported | clean |");
        Report.Should().Contain("| D.2 | FinalTestSrocc | 0.888 | 0.8620 ± 0.0000 (n = 1) | leaky |");
        Report.Should().Contain("| tid2013.leaky | C1.4 | 3 | 0.9000 ± 0.0000 | 0.8800 ± 0.0000 | 3 of 3 splits flagged: finetune.train ⊇ regressor.test: 600 items \\| 25 groups |");
        Report.Should().Contain("| tid2013.clean | C1.3 | 3 | 0.6000 ± 0.0100 | 0.5600 ± 0.0100 | clean |");
        Report.Should().Contain("- tid2013.clean (C1.3): synthetic TID2013-like data (TID2013 (synthetic)) instead of the real TID2013; ResNet18 (embedded) instead of CaffeNet.");
        Report.Should().Contain("Not run: Case III — tainted test sets; Case IV — MultiGAP-NRIQA.");
    }

    [Fact]
    public void Plots_AreLinkedUnderTheirCase()
    {
        // Then every planned plot is linked once
        foreach (var plot in Plots.Plan(SampleResults.Build()))
        {
            Report.Should().Contain($"](plots/{plot.FileName})", Exactly.Once());
        }

        Report.Should().Contain("(plots/case-deeprn-fig8.png)");
    }

    [Fact]
    public void Report_IsAFunctionOfTheResultsOnly()
    {
        // When built twice, the second time from results with another wall time, read back from JSON
        var json = ResultsJson.Serialize(SampleResults.Build(seconds: 9999));
        var path = Path.Combine(Path.GetTempPath(), $"leakspec-report-{Environment.ProcessId}.json");
        File.WriteAllText(path, json);
        var again = MarkdownReport.Build(ResultsJson.Read(path));
        File.Delete(path);

        // Then the text is identical, LF-only, and has no timestamps
        again.Should().Be(Report);
        Report.Should().NotContain("\r").And.NotContain("9999").And.NotContain(DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
