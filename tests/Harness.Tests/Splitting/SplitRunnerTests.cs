using LeakSpec.Benchmarks;
using LeakSpec.Datasets;
using LeakSpec.Splitting;

namespace LeakSpec.Harness.Tests.Splitting;

/// <summary>What `leakspec split` and `leakspec audit` do (the CLI commands are thin wrappers over <see cref="SplitRunner"/>).</summary>
[Trait("Category", "Fast")]
public sealed class SplitRunnerTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "leakspec-runner-tests-" + Environment.ProcessId + "-" + Environment.CurrentManagedThreadId);

    public SplitRunnerTests() => Directory.CreateDirectory(dir);

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Split_writes_five_manifests_and_refuses_to_overwrite_them_without_force()
    {
        // Given an empty output folder
        var request = new SplitRequest(DatasetKind.Tid2013, null, SplitPolicy.ByReference, Leak.None, 5, null, dir, NameDerived: true);
        var (out1, err1) = (new StringWriter(), new StringWriter());

        // When split runs twice, then once with a different seed and --force
        var first = SplitRunner.Split(request, out1, err1);
        var hashes = Directory.GetFiles(dir).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var firstSeeds = Directory.GetFiles(dir).Order(StringComparer.Ordinal).Select(p => ManifestStore.Read(p).Seed).ToList();
        var err2 = new StringWriter();
        var second = SplitRunner.Split(request with { Seed = 7 }, new StringWriter(), err2);
        var unchanged = Directory.GetFiles(dir).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var third = SplitRunner.Split(request with { Seed = 7, Force = true }, new StringWriter(), new StringWriter());

        // Then five manifests with the paper's seeds were written, the second run changed nothing, the third replaced them
        first.Should().Be(0, err1.ToString());
        Directory.GetFiles(dir).Select(Path.GetFileName).Should().BeEquivalentTo(["split-1.json", "split-2.json", "split-3.json", "split-4.json", "split-5.json"]);
        firstSeeds.Should().Equal(PaperSeeds.Five);
        second.Should().Be(SplitRunner.BadInput);
        err2.ToString().Should().Contain("split-1.json").And.Contain("--force");
        unchanged.Should().Equal(hashes);
        third.Should().Be(0);
        ManifestStore.Read(Path.Combine(dir, "split-2.json")).Seed.Should().Be(8);
    }

    [Fact]
    public void Audit_exits_0_when_clean_1_when_leaky_and_2_on_bad_input()
    {
        // Given a clean and a leaky KADID-10k manifest, and a malformed file
        var ds = NameDerivedDatasets.Kadid10k();
        var clean = Path.Combine(dir, "clean.json");
        var leaky = Path.Combine(dir, "leaky.json");
        var broken = Path.Combine(dir, "broken.json");
        ManifestStore.Write(clean, ManifestBuilder.Build(ds, SplitPolicy.ByReference, Leak.None, 42), overwrite: false);
        ManifestStore.Write(leaky, ManifestBuilder.Build(ds, SplitPolicy.ByReference, Leak.CaseIV, 42), overwrite: false);
        File.WriteAllText(broken, "{\"format\": \"leakspec-split-manifest/1\",");

        // When each is audited
        var (cleanOut, leakyOut, brokenErr) = (new StringWriter(), new StringWriter(), new StringWriter());
        var a = SplitRunner.Audit([clean], null, null, false, 5, cleanOut, new StringWriter());
        var b = SplitRunner.Audit([clean, leaky], null, null, false, 5, leakyOut, new StringWriter());
        var c = SplitRunner.Audit([broken], null, null, false, 5, new StringWriter(), brokenErr);

        // Then the exit codes say so, and the messages name the files
        a.Should().Be(0);
        cleanOut.ToString().Should().Contain("Clean");
        b.Should().Be(1);
        leakyOut.ToString().Should().Contain("leaky.json: 4 violation(s)").And.Contain("Case IV");
        c.Should().Be(SplitRunner.BadInput);
        brokenErr.ToString().Should().Contain("broken.json").And.Contain("malformed JSON");
    }

    [Fact]
    public void Audit_against_a_root_rejects_a_manifest_made_for_other_data()
    {
        // Given the TID2013 fixture and a manifest of the name-derived TID2013 (same kind, other items)
        var root = RepoPaths.Fixture("datasets", "tid2013");
        var path = Path.Combine(dir, "names.json");
        ManifestStore.Write(path, ManifestBuilder.Build(NameDerivedDatasets.Tid2013(), SplitPolicy.ByReference, Leak.None, 42), overwrite: false);
        var err = new StringWriter();

        // When audited with --root
        var code = SplitRunner.Audit([path], null, root, true, 5, new StringWriter(), err);

        // Then it is bad input naming the file and the fingerprint
        code.Should().Be(SplitRunner.BadInput);
        err.ToString().Should().Contain("names.json: fingerprint: expected");
    }

    [Fact]
    public void The_benchmark_reports_both_timings_and_leaves_no_files()
    {
        // Given a scratch folder
        // When the benchmark runs once
        var result = SplitBench.Run(dir, repetitions: 1);

        // Then it timed five manifests of 10,125 items and removed what it wrote
        (result.Items, result.Manifests).Should().Be((10125, 5));
        result.ColdSplitAndWrite.Should().BePositive();
        result.ColdReadAndAudit.Should().BePositive();
        Directory.EnumerateFileSystemEntries(dir).Should().BeEmpty();
    }
}
