using LeakSpec.Experiments;
using LeakSpec.Metrics;

namespace LeakSpec.Harness.Tests.Experiments;

[Trait("Category", "Fast")]
public sealed class RunStoreTests
{
    private static readonly RunKey Key = new("1", "leaky", """{"lr":0.001,"batch":83}""", "fp-1", "ResNet18", 7, 5, "cpu");

    private static SplitResult Result(int split) =>
        new(split, 7, new MetricSet(0.8, 0.7, 0.5, 0.3), null, [], "m", [], 1.0);

    public static TheoryData<string, RunKey> Changes() => new()
    {
        { "configuration", Key with { ConfigurationJson = """{"lr":0.01,"batch":83}""" } },
        { "dataset", Key with { DatasetFingerprint = "fp-2" } },
        { "backbone", Key with { Backbone = "Inception-V3" } },
        { "seed", Key with { Seed = 8 } },
        { "device", Key with { Device = "cuda" } },
        { "split count", Key with { SplitCount = 3 } },
        { "variant", Key with { Variant = "clean" } },
        { "case", Key with { CaseId = "4" } },
        { "harness build", Key with { Build = "0.9.0@0123456789abcdef0123456789abcdef01234567" } },
        { "weight file contents", Key with { Weights = new Dictionary<string, string> { ["resnet101.pt"] = "sha256:00ff" } } },
        { "split source", Key with { SplitSource = "authors" } },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void ChangedKey_NeverReusesAnOldResult(string what, RunKey changed)
    {
        using var dir = new TestFolder();
        var store = new RunStore(dir.Path);

        // Given a stored split under the original key
        store.Put(Key, Result(2));

        // When the same split is looked up under a key that differs in one respect
        var found = store.TryGet(changed, 2, out _);

        // Then nothing is found
        found.Should().BeFalse($"a changed {what} must be recomputed");
        changed.Hash.Should().NotBe(Key.Hash);
    }

    [Fact]
    public void SameKey_ReusesTheStoredResult_EvenWithReformattedConfiguration()
    {
        using var dir = new TestFolder();
        var store = new RunStore(dir.Path);

        // Given a stored split
        store.Put(Key, Result(2));

        // When looked up with the configuration's keys reordered and re-indented, and a device index
        var same = Key with { ConfigurationJson = "{ \"batch\": 83,\n  \"lr\": 0.001 }", Device = "CPU" };
        var found = store.TryGet(same, 2, out var result);

        // Then it is reused, and other splits are not there
        found.Should().BeTrue();
        result!.Test.Plcc.Should().Be(0.8);
        store.TryGet(same, 3, out _).Should().BeFalse();
        (Key with { Device = "cuda:1" }).Hash.Should().Be((Key with { Device = "cuda" }).Hash);
        File.ReadAllText(Path.Combine(store.DirectoryFor(Key), "key.json")).Should().Contain("\"batch\": 83");
    }

    [Fact]
    public void StoredFileOfAnotherSplit_IsReportedWithItsPath()
    {
        using var dir = new TestFolder();
        var store = new RunStore(dir.Path);

        // Given split 1's result copied over split 2's file
        store.Put(Key, Result(1));
        File.Copy(store.PathFor(Key, 1), store.PathFor(Key, 2));

        // When split 2 is looked up, then the message names the file and how to recover
        var act = () => store.TryGet(Key, 2, out _);
        act.Should().Throw<ResultsFormatException>().WithMessage($"{store.PathFor(Key, 2)}: holds split 1, expected split 2*delete*");
    }

    [Fact]
    public void AResultOfAnotherBuildOrOtherWeights_IsNotReusedButNamedWithWhatDiffers()
    {
        using var dir = new TestFolder();
        var store = new RunStore(dir.Path);

        // Given a split stored by another build, one with other weights, and one of another variant
        var ours = Key with { Weights = new Dictionary<string, string> { ["alexnet.pt"] = "sha256:aa" } };
        var otherBuild = ours with { Build = "0.9.0@feedface" };
        var otherWeights = ours with { Weights = new Dictionary<string, string> { ["alexnet.pt"] = "sha256:bb" } };
        store.Put(otherBuild, Result(1));
        store.Put(otherWeights, Result(1));
        store.Put(ours with { Build = "0.9.0@feedface", Variant = "clean" }, Result(1));

        // When this build looks the split up
        var found = store.TryGet(ours, 1, out _);
        var stale = store.Stale(ours);

        // Then nothing is reused, and the two results of this variant are named with the build or weights that differ
        found.Should().BeFalse();
        stale.Select(s => s.Directory).Should().BeEquivalentTo([store.DirectoryFor(otherBuild), store.DirectoryFor(otherWeights)]);
        stale.Single(s => s.Directory == store.DirectoryFor(otherBuild)).Differs.Should().Be($"build 0.9.0@feedface, this is {ours.Build}");
        stale.Single(s => s.Directory == store.DirectoryFor(otherWeights)).Differs.Should().Contain("sha256:bb").And.Contain("sha256:aa");
        ours.Build.Should().Be(LeakSpec.Runtime.BuildInfo.Id);
    }

    [Fact]
    public void InvalidConfigurationJson_IsAReplicationErrorNamingTheCase()
    {
        // When the key of a runner with broken configuration JSON is hashed
        var act = () => (Key with { ConfigurationJson = "{lr:" }).Hash;

        // Then the error names the case
        act.Should().Throw<ReplicationException>().WithMessage("Case 1*ConfigurationJson*");
    }
}
