using LeakSpec.Datasets;

namespace LeakSpec.Harness.Tests.Datasets;

/// <summary>The loaders against the real releases, when this machine has them (see docs/datasets.md, "Real data").</summary>
[Trait("Category", "Full")]
public sealed class RealDatasetTests
{
    [Theory]
    [InlineData(DatasetKind.Tid2013, 25)]
    [InlineData(DatasetKind.Kadid10k, 81)]
    [InlineData(DatasetKind.Koniq10k, 10073)]
    [InlineData(DatasetKind.LiveC, 1162)]
    [InlineData(DatasetKind.Konvid1k, 1200)]
    public void Release_loads_with_the_catalog_count_and_group_count(DatasetKind kind, int groups)
    {
        // Given the real release (skipped where the machine lacks it)
        var root = DatasetLocator.Find(kind);
        if (root is null)
        {
            Assert.Skip(DatasetLocator.HowToProvide(kind));
        }

        // When it is detected and loaded with every file verified
        var detected = DatasetLoader.Detect(root);
        var ds = DatasetLoader.Load(kind, root);

        // Then the counts are the published ones and every score maps into [0, 1]
        detected.Should().Be(kind);
        ds.Items.Should().HaveCount(DatasetCatalog.Get(kind).ExpectedCount);
        ds.Items.Select(i => i.Group).Distinct().Should().HaveCount(groups);
        ds.Items.Should().OnlyContain(i => i.NormalizedScore >= 0 && i.NormalizedScore <= 1 && File.Exists(i.Path));
        if (kind == DatasetKind.Koniq10k)
        {
            ds.Items.GroupBy(i => i.OfficialSplit).ToDictionary(g => g.Key!, g => g.Count())
                .Should().BeEquivalentTo(new Dictionary<string, int> { ["training"] = 7058, ["validation"] = 1000, ["test"] = 2015 });
        }
    }
}
