using LeakSpec.Datasets;
using LeakSpec.Splitting;
using Snapshooter;
using Snapshooter.Xunit3;

namespace LeakSpec.Harness.Tests.Splitting;

/// <summary>
/// The fixed splits as snapshots (__snapshots__/): any change to a split — a splitter, a seed, rounding, the naming
/// scheme — shows as a snapshot diff. Name-derived datasets are summarised (hash, sizes, groups per stage) to keep the
/// snapshots readable; the tiny fixtures are snapshotted as full canonical JSON.
/// </summary>
[Trait("Category", "Fast")]
public sealed class ManifestSnapshotTests
{
    [Theory]
    [InlineData(DatasetKind.Kadid10k, SplitPolicy.ByReference)]
    [InlineData(DatasetKind.Kadid10k, SplitPolicy.Random)]
    [InlineData(DatasetKind.Kadid10k, SplitPolicy.Authors)]
    [InlineData(DatasetKind.Tid2013, SplitPolicy.ByReference)]
    [InlineData(DatasetKind.Tid2013, SplitPolicy.Random)]
    [Trait("Claim", "G.2")]
    public void G2_the_five_fixed_splits_of_name_derivable_datasets_do_not_change(DatasetKind kind, SplitPolicy policy)
    {
        // Given a dataset whose item list follows from its naming scheme
        var dataset = NameDerivedDatasets.For(kind);

        // When its five fixed splits are built
        var summary = ManifestBuilder.BuildFive(dataset, policy, Leak.None).Select(Summarise).ToList();

        // Then they match the committed snapshot
        Snapshot.Match(summary, SnapshotNameExtension.Create(kind, policy));
    }

    [Theory]
    [InlineData(Leak.None)]
    [InlineData(Leak.CaseII | Leak.CaseIII)]
    public void The_manifest_of_a_tiny_video_fixture_does_not_change(Leak leak)
    {
        // Given twelve KoNViD-1k-like videos of ten frames
        var options = new ManifestOptions(FrameCount: _ => 10);

        // When its first fixed split is built
        var json = ManifestBuilder.Build(SplitTestData.Konvid(12), SplitPolicy.ByVideo, leak, PaperSeeds.Five[0], options).ToCanonicalJson();

        // Then its canonical JSON matches the committed snapshot byte for byte
        Snapshot.Match(json, SnapshotNameExtension.Create(leak.ToString().Replace(", ", "+", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("koniq10k_sets_sample.csv")]
    [InlineData("tid2013_image_split.json")]
    public void The_manifests_read_from_the_external_fixtures_do_not_change(string file)
    {
        // Given a split file in a community format
        var path = SklearnReferenceTests.FixturePath(file);

        // When read into a manifest
        var m = SplitFileReader.Read(path, file.StartsWith("koniq", StringComparison.Ordinal) ? DatasetKind.Koniq10k : null);

        // Then its summary matches the committed snapshot
        Snapshot.Match(Summarise(m), SnapshotNameExtension.Create(file));
    }

    [Theory]
    [InlineData(DatasetKind.Tid2013, SplitPolicy.ByReference)]
    [InlineData(DatasetKind.Kadid10k, SplitPolicy.ByReference)]
    [InlineData(DatasetKind.Koniq10k, SplitPolicy.Official)]
    [InlineData(DatasetKind.LiveC, SplitPolicy.Random)]
    [InlineData(DatasetKind.Konvid1k, SplitPolicy.ByVideo)]
    public void The_manifests_of_the_dataset_fixtures_do_not_change_and_verify_against_them(DatasetKind kind, SplitPolicy policy)
    {
        // Given a dataset fixture in its official layout (fixtures/datasets/, 8-frame videos for KoNViD-1k)
        var root = RepoPaths.Fixture("datasets", kind.ToString().ToLowerInvariant());
        var dataset = DatasetLoader.Load(kind, root, new LoadOptions(AllowSubset: true, VerifyFiles: false));

        // When its first fixed split is built
        var m = ManifestBuilder.Build(dataset, policy, Leak.None, PaperSeeds.Five[0], new ManifestOptions(FrameCount: _ => 8));

        // Then it verifies against the fixture, audits clean, and matches the committed snapshot byte for byte
        ManifestStore.Verify(m, dataset, "fixture");
        new LeakAuditor().Audit([m]).IsClean.Should().BeTrue();
        Snapshot.Match(m.ToCanonicalJson(), SnapshotNameExtension.Create(kind));
    }

    private static object Summarise(SplitManifest m)
    {
        var group = GroupFunctions.For(m.Kind);
        return new
        {
            m.Kind,
            m.Policy,
            m.Seed,
            m.Fingerprint,
            m.ContentHash,
            Stages = m.Stages.Select(s => new
            {
                Stage = s.Key,
                Items = s.Value.Count,
                FirstItems = s.Value.Take(3).ToArray(),
                Groups = s.Value.Select(group).Distinct().Order(StringComparer.Ordinal).ToArray(),
            }).ToArray(),
        };
    }
}
