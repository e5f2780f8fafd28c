using LeakSpec.Splitting;

namespace LeakSpec.Harness.Tests.Splitting;

/// <summary>
/// Each leak of Cases II–IV is the item-level random split used where grouping was due (ManifestBuilder): for every
/// seed tried it breaks the invariant its case names, and the grouped split keeps it.
/// </summary>
[Trait("Category", "Fast")]
public sealed class LeakySplitterTests
{
    private static readonly string[] KadidGroups = [.. NameDerivedDatasets.Kadid10k().Items.Select(i => i.Group)];

    /// <summary>960 fine-tuning videos × 48 frames (20 % of 240), pooled: each frame's video.</summary>
    private static readonly string[] PooledFrameVideos = [.. Enumerable.Range(0, 960).SelectMany(v => Enumerable.Repeat($"v{v}", 48))];

    [Fact]
    [Trait("Claim", "G.2")]
    public void G2_ImageSplit_puts_degraded_versions_of_one_reference_on_both_sides_of_every_boundary()
    {
        foreach (var seed in SplitTestData.ManySeeds.Take(50))
        {
            // Given KADID-10k's 81 reference groups
            // When split by image (leaky) and by reference (clean)
            var leaky = new RandomThreeWaySplit(0.6, 0.2, seed).Split(KadidGroups.Length);
            var clean = new GroupThreeWaySplit(0.6, 0.2, seed).Split(KadidGroups);

            // Then the leaky split shares references between train and test and between train and val; the clean one never does
            SplitTestData.ShouldPartition(leaky, KadidGroups.Length);
            Shared(leaky.Train, leaky.Test, KadidGroups).Should().NotBeEmpty($"seed {seed}");
            Shared(leaky.Train, leaky.Val, KadidGroups).Should().NotBeEmpty($"seed {seed}");
            Shared(clean.Train, clean.Test, KadidGroups).Should().BeEmpty();
            Shared(clean.Train, clean.Val, KadidGroups).Should().BeEmpty();
        }
    }

    [Fact]
    [Trait("Claim", "G.2")]
    public void G2_FrameSplit_puts_frames_of_one_video_in_finetuning_train_and_validation()
    {
        foreach (var seed in SplitTestData.ManySeeds.Take(20))
        {
            // Given the pooled frames of 960 videos
            // When split 2/3 : 1/3 by frame
            var leaky = new RandomThreeWaySplit(2.0 / 3.0, 1.0 / 3.0, seed).Split(PooledFrameVideos.Length);

            // Then it is a partition of the frames, with no test part, and most videos have frames on both sides
            SplitTestData.ShouldPartition(leaky, PooledFrameVideos.Length);
            leaky.Test.Should().BeEmpty();
            leaky.Train.Length.Should().Be(30720);
            Shared(leaky.Train, leaky.Val, PooledFrameVideos).Count.Should().BeGreaterThan(900, $"seed {seed}");
        }
    }

    [Fact]
    [Trait("Claim", "G.1")]
    public void G1_TaintedTest_draws_test_videos_that_finetuning_saw()
    {
        var videos = Enumerable.Range(0, 1200).Select(v => $"v{v}").ToArray();
        foreach (var seed in SplitTestData.ManySeeds.Take(50))
        {
            // Given 240 videos put away before fine-tuning on the other 960
            var put = new GroupThreeWaySplit(0.6, 0.2, seed).Split(videos);
            var finetuned = put.TrainAndVal().ToHashSet();

            // When a new random test set is drawn without regard to fine-tuning
            var tainted = new RandomThreeWaySplit(0.6, 0.2, seed + 1).Split(videos.Length);

            // Then about 80 % of its videos were fine-tuned on, while the put-away set shares none
            tainted.Test.Should().HaveCount(240);
            tainted.Test.Count(finetuned.Contains).Should().BeInRange(150, 230, $"seed {seed}");
            put.Test.Count(finetuned.Contains).Should().Be(0);
        }
    }

    private static HashSet<string> Shared(int[] a, int[] b, IReadOnlyList<string> groups) =>
        [.. a.Select(i => groups[i]).Intersect(b.Select(i => groups[i]))];
}
