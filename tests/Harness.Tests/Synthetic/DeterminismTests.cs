using LeakSpec.Datasets;
using LeakSpec.Synthetic;

namespace LeakSpec.Harness.Tests.Synthetic;

/// <summary>Same seed, same bytes (videos included); another seed, other data.</summary>
[Trait("Category", "Fast")]
[Collection(TinyDatasetsCollection.Name)]
public sealed class DeterminismTests(TinyDatasetsFixture data)
{
    public static TheoryData<DatasetKind> Kinds => [.. Enum.GetValues<DatasetKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Same_seed_writes_byte_identical_files(DatasetKind kind)
    {
        // Given a dataset written with the fixture's seed
        var first = SyntheticTestHelpers.HashTree(data.Results[kind].Root);
        var dir = TempDir.Create("synth-det");
        try
        {
            // When it is written again with the same seed elsewhere
            SyntheticGenerator.Write(kind, SyntheticSize.Tiny, TinyDatasetsFixture.Seed, dir);
            var second = SyntheticTestHelpers.HashTree(dir);

            // Then every file has the same name and bytes
            second.Should().Equal(first);
            first.Count.Should().BeGreaterThan(10);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Another_seed_writes_other_images_and_scores()
    {
        // Given the TID2013-like dataset of the fixture's seed
        var first = data.Results[DatasetKind.Tid2013];
        var dir = TempDir.Create("synth-seed");
        try
        {
            // When another seed is used
            var second = SyntheticGenerator.Write(DatasetKind.Tid2013, SyntheticSize.Tiny, TinyDatasetsFixture.Seed + 1, dir);

            // Then the reference images and the scores differ (the grid of names need not)
            var a = SyntheticTestHelpers.HashTree(first.Root);
            var b = SyntheticTestHelpers.HashTree(dir);
            b["reference_images/I01.BMP"].Should().NotBe(a["reference_images/I01.BMP"]);
            b["mos_with_names.txt"].Should().NotBe(a["mos_with_names.txt"]);
            second.Items.Select(i => i.Score).Should().NotEqual(first.Items.Select(i => i.Score));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
