using LeakSpec.Datasets;

namespace LeakSpec.Harness.Tests.Synthetic;

/// <summary>What the generators write, the real-format loaders read back: same ids, scores, groups and splits.</summary>
[Trait("Category", "Fast")]
[Collection(TinyDatasetsCollection.Name)]
public sealed class LoaderReadBackTests(TinyDatasetsFixture data)
{
    public static TheoryData<DatasetKind> Kinds => [.. Enum.GetValues<DatasetKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Loader_reads_back_every_item_with_its_score_group_and_split(DatasetKind kind)
    {
        // Given a tiny synthetic dataset and its truth
        var result = data.Results[kind];

        // When the layout is detected and the dataset loaded, verifying every file (synthetic sets are subsets in size)
        var detected = DatasetLoader.Detect(result.Root);
        var dataset = DatasetLoader.Load(detected, result.Root, new LoadOptions(AllowSubset: true));

        // Then it is the same kind, with the truth's items in metadata order
        detected.Should().Be(kind);
        dataset.Items.Select(i => i.Id).Should().Equal(result.Items.Select(i => i.Id));
        dataset.Items.Select(i => i.Score).Should().Equal(result.Items.Select(i => i.Score));
        dataset.Items.Select(i => i.Group).Should().Equal(result.Items.Select(i => i.Group));
        dataset.Items.Select(i => i.OfficialSplit).Should().Equal(result.Items.Select(i => i.OfficialSplit));
        dataset.Items.Should().OnlyContain(i => File.Exists(i.Path));

        // And the groups are what a clean split must keep together
        var groups = dataset.Items.Select(i => i.Group).Distinct().Count();
        var expectedGroups = kind switch
        {
            DatasetKind.Tid2013 => 8,
            DatasetKind.Kadid10k => 10,
            _ => dataset.Items.Count,
        };
        groups.Should().Be(expectedGroups);
    }

    [Fact]
    public void Koniq10k_vote_distributions_read_back()
    {
        // Given the tiny KonIQ-10k-like dataset
        var result = data.Results[DatasetKind.Koniq10k];

        // When it is loaded
        var dataset = DatasetLoader.Load(DatasetKind.Koniq10k, result.Root, new LoadOptions(AllowSubset: true));

        // Then each item's vote histogram has 25–30 votes whose mean is the MOS on the 0–100 scale
        foreach (var item in dataset.Items)
        {
            var votes = item.Distribution!;
            votes.Sum().Should().BeInRange(25, 30);
            var mean = votes.Select((c, k) => c * (k + 1)).Sum() / votes.Sum();
            ((mean - 1) * 25).Should().BeApproximately(item.Score, 1e-6);
        }
    }
}
