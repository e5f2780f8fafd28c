using System.Text.Json;
using LeakSpec.Datasets;
using LeakSpec.Experiments;
using LeakSpec.Experiments.Pipelines;
using LeakSpec.Synthetic;

namespace LeakSpec.Harness.Tests.Experiments;

/// <summary>`leakspec replicate --profile demo|paper`: which profile runs on which data, and the demo profile on a dataset folder.</summary>
[Trait("Category", "Fast")]
public sealed class ReplicationProfileSelectionTests
{
    [Theory]
    [InlineData(null, true, "/w", "demo")]
    [InlineData(null, false, "/w", "paper")]
    [InlineData("demo", false, null, "demo")]
    [InlineData("paper", true, "/w", "paper")]
    [InlineData(" Demo ", false, null, "demo")]
    public void The_profile_is_the_one_asked_for_else_demo_on_synthetic_data_and_paper_on_real_data(string? requested, bool synthetic, string? weights, string expected)
    {
        // Given a --profile value (or none), the kind of data and the weights folder (or none)
        // When the profile is selected
        var profile = ReplicationSetup.SelectProfile(requested, synthetic, () => weights);

        // Then it is the expected one; the paper's reads its weights from that folder
        profile.Name.Should().Be(expected);
        if (expected == "paper")
        {
            profile.DeepRn.Backbone.WeightsPath.Should().Be(Path.Combine(weights!, "resnet101.pt"));
        }
    }

    [Fact]
    public void The_paper_profile_without_weights_and_an_unknown_profile_are_refused_naming_the_flags()
    {
        // Given no weights folder
        // When the paper profile is selected by default on real data, and an unknown profile is asked for
        var byDefault = () => ReplicationSetup.SelectProfile(null, false, () => null);
        var unknown = () => ReplicationSetup.SelectProfile("fast", false, () => "/w");

        // Then the first names LEAKSPEC_WEIGHTS and --profile demo, the second the accepted values
        byDefault.Should().Throw<ReplicationException>().Which.Message.Should()
            .Contain("LEAKSPEC_WEIGHTS").And.Contain("--profile demo").And.Contain("default for real data");
        unknown.Should().Throw<ReplicationException>().Which.Message.Should().Contain("--profile fast").And.Contain("demo, paper");
    }

    [Fact]
    public void The_demo_profile_runs_Case_IV_on_a_dataset_folder_without_weights_and_results_json_says_so()
    {
        // Given a tiny synthetic KADID-10k written to a folder, given as --data DIR (not --data synthetic), no weights
        using var dir = new TestFolder();
        var data = Path.Combine(dir.Path, "data");
        SyntheticGenerator.Write(DatasetKind.Kadid10k, SyntheticSize.Tiny, 5, Path.Combine(data, "kadid10k"));
        var ctx = ReplicationSetup.CreateContext(Path.Combine(dir.Path, "out"), data, "cpu", _ => { });
        var profile = ReplicationSetup.SelectProfile("demo", ctx.IsSynthetic, () => null);
        ctx = ctx with { ProfileName = profile.Name };

        // When case 4 runs as `replicate --case 4 --data DIR --profile demo --splits 1` does, its two variants without
        // fine-tuning only (the fine-tuned pair would take most of a minute of the Fast tier's budget)
        var runners = ReplicationSetup.SelectRunners(CaseRegistry.Create(ctx, profile), ["4"]);
        var noFineTuning = new VariantSubset(runners[0], [Case4Runner.NoFtRandom, Case4Runner.NoFtGrouped]);
        var results = new Replicator([noFineTuning]).Run(ctx, 1, 1, CancellationToken.None);
        LeakSpec.Reporting.ReportWriter.Publish(results, ctx);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(ctx.OutputDir, "results.json")));

        // Then every variant ran on the folder's data with the embedded ResNet18, and results.json names the profile
        ctx.IsSynthetic.Should().BeFalse();
        results.Variants.Should().HaveCount(2).And.OnlyContain(v => v.Splits.Count == 1 && v.Backbone.Contains("ResNet18"));
        results.Variants.Should().OnlyContain(v => v.Dataset == "KADID-10k (synthetic)");
        json.RootElement.GetProperty("profile").GetString().Should().Be("demo");
        json.RootElement.GetProperty("data").GetString().Should().Be(Path.GetFullPath(data));
    }

    /// <summary>A registered runner restricted to some of its variants.</summary>
    private sealed class VariantSubset(ICaseRunner inner, IReadOnlyList<string> variants) : ICaseRunner
    {
        public string CaseId => inner.CaseId;

        public IReadOnlyList<string> Variants => variants;

        public string ConfigurationJson => inner.ConfigurationJson;

        public VariantInfo Describe(string variant) => inner.Describe(variant);

        public SplitResult RunSplit(string variant, int split, int seed, ReplicationContext ctx, CancellationToken ct) => inner.RunSplit(variant, split, seed, ctx, ct);
    }
}
