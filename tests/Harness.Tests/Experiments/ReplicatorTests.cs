using LeakSpec.Experiments;
using LeakSpec.Reporting;

namespace LeakSpec.Harness.Tests.Experiments;

[Trait("Category", "Fast")]
public sealed class ReplicatorTests
{
    private static ReplicationContext Context(string dir, List<string> lines) =>
        new(dir, "cpu", lines.Add, Path.Combine(dir, "data"), IsSynthetic: true);

    // What `leakspec replicate` does after parsing: the run, then its outputs.
    private static RunResults RunAndPublish(ICaseRunner runner, ReplicationContext ctx, int splits, int seed, CancellationToken ct)
    {
        var results = new Replicator([runner]).Run(ctx, splits, seed, ct);
        ReportWriter.Publish(results, ctx);
        return results;
    }

    [Fact]
    public void Run_WritesResultsReportAndPlots_AndReportsProgressPerSplitAndEpoch()
    {
        using var dir = new TestFolder();
        var lines = new List<string>();
        var runner = new FakeCaseRunner(withCurve: true);

        // When a fake case with two variants runs three splits
        var results = RunAndPublish(runner, Context(dir.Path, lines), 3, 42, TestContext.Current.CancellationToken);

        // Then every variant × split ran once, in order, and the outputs exist
        runner.Calls.Should().Equal(("clean", 1), ("clean", 2), ("clean", 3), ("leaky", 1), ("leaky", 2), ("leaky", 3));
        results.Variants.Select(v => v.Splits.Count).Should().Equal(3, 3);
        ResultsJson.Read(Path.Combine(dir.Path, ReportWriter.ResultsFile)).Variants.Should().HaveCount(2);
        File.ReadAllText(Path.Combine(dir.Path, ReportWriter.ReportFile)).Should().Contain("| C1.4 |");
        File.Exists(Path.Combine(dir.Path, "plots", "case-1-bars.png")).Should().BeTrue();
        File.Exists(Path.Combine(dir.Path, "plots", "case-1-leaky-curve.png")).Should().BeTrue();
        lines.Should().Contain("case 1 · leaky · split 3/3 · epoch 2");
        lines.Should().Contain(l => l.StartsWith("case 1 · clean · split 1/3 · done · PLCC 0.6", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_TrainsOnlyTheSplitsACaseAsksFor()
    {
        using var dir = new TestFolder();
        var lines = new List<string>();

        // Given a case that trains once whatever the split count (DeepRN in the Paper profile)
        var runner = new FakeCaseRunner { SplitLimit = 1 };

        // When five splits are requested
        var results = RunAndPublish(runner, Context(dir.Path, lines), 5, 42, TestContext.Current.CancellationToken);

        // Then each variant trained its first split only
        runner.Calls.Should().Equal(("clean", 1), ("leaky", 1));
        results.Variants.Select(v => v.Splits.Count).Should().Equal(1, 1);
        lines.Should().Contain(l => l.StartsWith("case 1 · leaky · split 1/1 · done", StringComparison.Ordinal));
    }

    [Fact]
    public void DeepRn_TrainsOnceInThePaperProfile_PerSplitInTheSmallOnes()
    {
        using var dir = new TestFolder();
        var ctx = Context(dir.Path, []);

        // Given DeepRN's runner under the Paper and the Fast profile; When five splits are requested
        var paper = new LeakSpec.Experiments.Pipelines.DeepRnRunner(ctx, LeakSpec.Experiments.Pipelines.ReplicationProfile.Paper("/weights"));
        var fast = new LeakSpec.Experiments.Pipelines.DeepRnRunner(ctx, LeakSpec.Experiments.Pipelines.ReplicationProfile.Fast);

        // Then the paper's trains once (the paper trained once on the one official split) and Fast's five times
        ((ICaseRunner)paper).SplitsFor(5).Should().Be(1);
        ((ICaseRunner)fast).SplitsFor(5).Should().Be(5);
    }

    [Fact]
    public void Run_AfterACrashMidRun_ResumesWithoutRecomputingFinishedSplits()
    {
        using var dir = new TestFolder();
        var lines = new List<string>();
        var ct = TestContext.Current.CancellationToken;

        // Given a run that crashed in the leaky variant's second split
        var crashed = new FakeCaseRunner { FailAt = ("leaky", 2) };
        var first = () => RunAndPublish(crashed, Context(dir.Path, lines), 3, 42, ct);
        first.Should().Throw<InvalidOperationException>().WithMessage("simulated crash*");
        crashed.Calls.Should().Equal(("clean", 1), ("clean", 2), ("clean", 3), ("leaky", 1));
        lines.Should().Contain("case 1 · leaky · split 2/3 · failed: InvalidOperationException: simulated crash in leaky split 2 (finished splits are stored; rerun to resume)");
        File.Exists(Path.Combine(dir.Path, ReportWriter.ReportFile)).Should().BeFalse();

        // When the same configuration runs again
        var resumed = new FakeCaseRunner();
        var results = RunAndPublish(resumed, Context(dir.Path, lines), 3, 42, ct);

        // Then only the unfinished splits ran, and the results equal an uninterrupted run's
        resumed.Calls.Should().Equal(("leaky", 2), ("leaky", 3));
        lines.Should().Contain(l => l.StartsWith("case 1 · clean · split 2/3 · reused ", StringComparison.Ordinal));
        using var fresh = new TestFolder();
        var reference = RunAndPublish(new FakeCaseRunner(), Context(fresh.Path, []), 3, 42, ct);
        results.Variants.Select(v => v.Plcc).Should().Equal(reference.Variants.Select(v => v.Plcc));
        File.ReadAllText(Path.Combine(dir.Path, ReportWriter.ReportFile))
            .Should().Be(File.ReadAllText(Path.Combine(fresh.Path, ReportWriter.ReportFile)).Replace(fresh.Path, dir.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void Run_WithAChangedConfigurationOrSeed_RecomputesEverySplit()
    {
        using var dir = new TestFolder();
        var ct = TestContext.Current.CancellationToken;
        RunAndPublish(new FakeCaseRunner(), Context(dir.Path, []), 2, 42, ct);

        // When the configuration changes, and separately the seed
        var changedConfig = new FakeCaseRunner(configurationJson: """{"lr":0.01,"epochs":3}""");
        var a = RunAndPublish(changedConfig, Context(dir.Path, []), 2, 42, ct);
        var changedSeed = new FakeCaseRunner();
        RunAndPublish(changedSeed, Context(dir.Path, []), 2, 43, ct);

        // Then nothing old is reused, and results.json describes the latest run only
        changedConfig.Calls.Should().HaveCount(4);
        changedSeed.Calls.Should().HaveCount(4);
        a.Variants[0].Splits[0].Test.Plcc.Should().NotBe(new FakeCaseRunner().RunSplit("clean", 1, 42, Context(dir.Path, []), ct).Test.Plcc);
        ResultsJson.Read(Path.Combine(dir.Path, ReportWriter.ResultsFile)).Seed.Should().Be(43);
        Directory.GetDirectories(Path.Combine(dir.Path, "runs")).Should().HaveCount(6);
    }

    [Fact]
    public void Run_Cancelled_StopsBeforeTheNextSplit()
    {
        using var dir = new TestFolder();
        using var cts = new CancellationTokenSource();
        var runner = new FakeCaseRunner();

        // Given a cancellation requested from the progress sink after the first split finished
        var ctx = new ReplicationContext(dir.Path, "cpu", l => { if (l.Contains("split 1/3 · done", StringComparison.Ordinal)) cts.Cancel(); }, dir.Path);

        // When run, then it stops with the finished split stored
        var act = () => RunAndPublish(runner, ctx, 3, 1, cts.Token);
        act.Should().Throw<OperationCanceledException>();
        runner.Calls.Should().Equal(("clean", 1));
        Directory.GetFiles(Path.Combine(dir.Path, "runs"), "split-1.json", SearchOption.AllDirectories).Should().HaveCount(1);
    }

    [Fact]
    public void TwoRunnersForOneCase_AreRejected()
    {
        // When two pipelines claim case 1, then the replicator refuses to start
        var act = () => new Replicator([new FakeCaseRunner(), new FakeCaseRunner()]);
        act.Should().Throw<ReplicationException>().WithMessage("*case '1'*");
    }
}
