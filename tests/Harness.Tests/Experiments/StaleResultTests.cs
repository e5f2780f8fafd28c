using LeakSpec.Experiments;
using LeakSpec.Runtime;

namespace LeakSpec.Harness.Tests.Experiments;

/// <summary>
/// No stale evidence: the replicator (which the Full tests run) never reuses a split that another harness build or
/// other weight files produced, and says so; within one build, a rerun still resumes.
/// </summary>
[Trait("Category", "Fast")]
public sealed class StaleResultTests
{
    private static ReplicationContext Context(string dir, List<string> lines) => new(dir, "cpu", lines.Add, dir);

    [Fact]
    public void A_stored_result_of_another_build_is_not_reused_and_is_reported()
    {
        using var dir = new TestFolder();
        var ct = TestContext.Current.CancellationToken;
        var first = new FakeCaseRunner();
        new Replicator([first]).Run(Context(dir.Path, []), 2, 1, ct);

        // Given the stored run relabelled as another build's (its key.json and folder as an older commit writes them)
        var store = new RunStore(dir.Path);
        var info = first.Describe("clean");
        var key = new RunKey("1", "clean", first.ConfigurationJson, info.DatasetFingerprint, info.Backbone, 1, 2, "cpu");
        var old = key with { Build = "0.9.0@0000000000000000000000000000000000000000" };
        Directory.Move(store.DirectoryFor(key), store.DirectoryFor(old));
        File.WriteAllText(Path.Combine(store.DirectoryFor(old), "key.json"), old.CanonicalJson());

        // When this build runs the same case again
        var lines = new List<string>();
        var again = new FakeCaseRunner();
        new Replicator([again]).Run(Context(dir.Path, lines), 2, 1, ct);

        // Then the clean variant is recomputed, with a line naming the old folder and both builds; leaky is reused
        again.Calls.Should().Equal(("clean", 1), ("clean", 2));
        lines.Should().Contain($"case 1 · clean · not reusing the results in {store.DirectoryFor(old)}: build {old.Build}, this is {BuildInfo.Id}");
        lines.Should().Contain(l => l.StartsWith("case 1 · leaky · split 1/2 · reused", StringComparison.Ordinal));
    }

    [Fact]
    public void Changed_weight_file_contents_recompute_every_split_and_unchanged_ones_resume()
    {
        using var dir = new TestFolder();
        var ct = TestContext.Current.CancellationToken;
        var weights = Path.Combine(dir.Path, "inception_v3.pt");
        File.WriteAllText(weights, "weights, version 1");
        new Replicator([new WeightedRunner(weights)]).Run(Context(dir.Path, []), 2, 1, ct);

        // When the same run repeats with the same file, then with other contents under the same name
        var same = new WeightedRunner(weights);
        new Replicator([same]).Run(Context(dir.Path, []), 2, 1, ct);
        File.WriteAllText(weights, "weights, version 2");
        var lines = new List<string>();
        var changed = new WeightedRunner(weights);
        new Replicator([changed]).Run(Context(dir.Path, lines), 2, 1, ct);

        // Then the first repeat reused everything, the second recomputed everything and said why
        same.Inner.Calls.Should().BeEmpty();
        changed.Inner.Calls.Should().HaveCount(4);
        lines.Should().Contain(l => l.Contains("not reusing the results in", StringComparison.Ordinal) && l.Contains("weights {\"inception_v3.pt\":\"sha256:", StringComparison.Ordinal));
    }

    /// <summary>The fake pipeline with a weight file, as a paper backbone's variant describes itself.</summary>
    private sealed class WeightedRunner(string weightsPath) : ICaseRunner
    {
        public FakeCaseRunner Inner { get; } = new();

        public string CaseId => Inner.CaseId;

        public IReadOnlyList<string> Variants => Inner.Variants;

        public string ConfigurationJson => Inner.ConfigurationJson;

        public VariantInfo Describe(string variant) => Inner.Describe(variant) with { WeightFiles = [weightsPath] };

        public SplitResult RunSplit(string variant, int split, int seed, ReplicationContext ctx, CancellationToken ct) =>
            Inner.RunSplit(variant, split, seed, ctx, ct);
    }
}
