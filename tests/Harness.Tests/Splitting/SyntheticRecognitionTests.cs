using LeakSpec.Datasets;
using LeakSpec.Splitting;
using LeakSpec.Synthetic;

namespace LeakSpec.Harness.Tests.Splitting;

/// <summary>`split` and `audit` on LeakSpec's own synthetic datasets: recognised by their truth file, no --allow-subset needed.</summary>
[Trait("Category", "Fast")]
public sealed class SyntheticRecognitionTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "leakspec-synth-recognition-" + Environment.ProcessId + "-" + Environment.CurrentManagedThreadId);

    public SyntheticRecognitionTests() => Directory.CreateDirectory(dir);

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void A_tiny_synthetic_dataset_splits_without_allow_subset_and_the_same_files_without_the_truth_file_need_the_flag()
    {
        // Given `leakspec synth --kind kadid10k --size tiny` output
        var root = Path.Combine(dir, "kadid");
        SyntheticGenerator.Write(DatasetKind.Kadid10k, SyntheticSize.Tiny, 3, root);
        var request = new SplitRequest(null, root, SplitPolicy.ByReference, Leak.None, 1, null, Path.Combine(dir, "splits"));

        // When split without --allow-subset, then audited against the root; then again with the truth file removed
        var (o1, e1) = (new StringWriter(), new StringWriter());
        var split = SplitRunner.Split(request, o1, e1);
        var audit = SplitRunner.Audit(new AuditRequest([Path.Combine(dir, "splits", "split-1.json")], Root: root), new StringWriter(), new StringWriter());
        File.Delete(Path.Combine(root, SyntheticMarker.FileName));
        var e2 = new StringWriter();
        var refused = SplitRunner.Split(request with { OutDir = Path.Combine(dir, "splits2") }, new StringWriter(), e2);

        // Then the synthetic dataset is accepted and audits clean; the unmarked subset is refused naming the CLI flag
        split.Should().Be(0, e1.ToString());
        audit.Should().Be(0);
        refused.Should().Be(SplitRunner.BadInput);
        e2.ToString().Should().Contain("--allow-subset");
    }
}
