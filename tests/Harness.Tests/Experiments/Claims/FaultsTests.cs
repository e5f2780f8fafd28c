using LeakSpec.Datasets;
using LeakSpec.Experiments;
using LeakSpec.Experiments.Pipelines;
using LeakSpec.Splitting;

namespace LeakSpec.Harness.Tests.Experiments.Claims;

/// <summary>The sabotage faults do exactly what their names say, so a sabotage test that fails a claim fails it for that reason.</summary>
[Trait("Category", "Fast")]
public sealed class FaultsTests
{
    [Fact]
    public void PermutedLabels_KeepEveryItemsMediaAndMoveEveryScoreToAnotherItem_TheSameWayEachTime()
    {
        // Given a dataset whose scores are all different
        DatasetItem[] items = [.. Enumerable.Range(0, 40).Select(k => new DatasetItem($"i{k:00}", $"/d/i{k:00}.png", k, k / 40.0, $"g{k % 5}"))];
        var dataset = new Dataset(DatasetKind.Kadid10k, "/d", items);

        // When its labels are permuted twice
        var once = Faults.PermuteLabels(dataset);
        var twice = Faults.PermuteLabels(dataset);

        // Then ids, paths and groups stay, the multiset of scores stays, most items carry another's score, deterministically
        once.Items.Select(i => (i.Id, i.Path, i.Group)).Should().Equal(items.Select(i => (i.Id, i.Path, i.Group)));
        once.Items.Select(i => i.Score).Should().BeEquivalentTo(items.Select(i => i.Score));
        once.Items.Count(i => i.Score != double.Parse(i.Id[1..], System.Globalization.CultureInfo.InvariantCulture)).Should().BeGreaterThan(30);
        twice.Items.Select(i => i.Score).Should().Equal(once.Items.Select(i => i.Score));
        once.Items.Should().OnlyContain(i => i.NormalizedScore == i.Score / 40.0);
    }

    [Theory]
    [InlineData(SplitPolicy.ByFrame, Leak.CaseII | Leak.CaseIII, SplitPolicy.ByVideo)]
    [InlineData(SplitPolicy.ByReference, Leak.CaseIV, SplitPolicy.ByReference)]
    [InlineData(SplitPolicy.Official, Leak.CaseI, SplitPolicy.Official)]
    public void LeakIgnored_GivesEveryLeakyVariantItsCleanManifest(SplitPolicy policy, Leak leak, SplitPolicy clean)
    {
        Faults.Manifest(HarnessFault.LeakIgnored, policy, leak).Should().Be((clean, Leak.None));
        Faults.Manifest(HarnessFault.None, policy, leak).Should().Be((policy, leak));
    }
}
