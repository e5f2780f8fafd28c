using LeakSpec.Splitting;

namespace LeakSpec.Harness.Tests.Splitting;

/// <summary>
/// scikit-learn's invariant tests for group splitters (test_group_shuffle_split, test_group_kfold in
/// sklearn/model_selection/tests/test_split.py), ported and run over 200 seeds and group structures.
/// </summary>
[Trait("Category", "Fast")]
public sealed class GroupSplitterInvariantTests
{
    [Fact]
    [Trait("Claim", "G.2")]
    public void G2_GroupThreeWaySplit_keeps_every_group_on_one_side_covers_all_items_once_and_hits_group_fractions()
    {
        foreach (var seed in SplitTestData.ManySeeds)
        {
            // Given a random group structure with at least three groups
            var groups = SplitTestData.RandomGroups(seed, minGroups: 3);
            var nGroups = groups.Distinct().Count();

            // When it is split 60/20/20 by group
            var s = new GroupThreeWaySplit(0.6, 0.2, seed).Split(groups);

            // Then it is a partition, no group is on two sides, and each side's group count is within one of its target
            SplitTestData.ShouldPartition(s, groups.Length);
            var train = SplitTestData.GroupsOf(s.Train, groups).ToHashSet();
            var val = SplitTestData.GroupsOf(s.Val, groups).ToHashSet();
            var test = SplitTestData.GroupsOf(s.Test, groups).ToHashSet();
            train.Overlaps(val).Should().BeFalse($"seed {seed}");
            train.Overlaps(test).Should().BeFalse($"seed {seed}");
            val.Overlaps(test).Should().BeFalse($"seed {seed}");
            ((double)train.Count).Should().BeApproximately(0.6 * nGroups, 1.0, $"seed {seed}");
            ((double)val.Count).Should().BeApproximately(0.2 * nGroups, 1.0, $"seed {seed}");
            ((double)test.Count).Should().BeApproximately(0.2 * nGroups, 1.0, $"seed {seed}");
        }
    }

    [Fact]
    [Trait("Claim", "G.2")]
    public void G2_GroupShuffleSplit_never_puts_a_group_in_train_and_test()
    {
        foreach (var seed in SplitTestData.ManySeeds)
        {
            // Given a random group structure
            var groups = SplitTestData.RandomGroups(seed, minGroups: 5);
            var nGroups = groups.Distinct().Count();

            // When five shuffles with 20 % test groups are drawn
            var folds = new GroupShuffleSplit(5, 0.2, seed).Split(groups);

            // Then every draw is a group partition with ⌈0.2 × groups⌉ test groups, and the draws differ
            folds.Should().HaveCount(5);
            foreach (var f in folds)
            {
                f.Train.Concat(f.Test).Order().Should().Equal(Enumerable.Range(0, groups.Length));
                var train = SplitTestData.GroupsOf(f.Train, groups).ToHashSet();
                var test = SplitTestData.GroupsOf(f.Test, groups).ToHashSet();
                train.Overlaps(test).Should().BeFalse($"seed {seed}");
                test.Should().HaveCount((int)Math.Ceiling(0.2 * nGroups));
            }

            if (nGroups >= 10)
            {
                folds.Select(f => string.Join(",", f.Test)).Distinct().Count().Should().BeGreaterThan(1, $"seed {seed}");
            }
        }
    }

    [Fact]
    [Trait("Claim", "G.2")]
    public void G2_GroupKFold_puts_each_group_in_exactly_one_test_fold_with_balanced_group_counts()
    {
        foreach (var seed in SplitTestData.ManySeeds)
        {
            // Given a random group structure with at least five groups
            var groups = SplitTestData.RandomGroups(seed, minGroups: 5);
            var nGroups = groups.Distinct().Count();

            // When it is split into five group folds
            var folds = new GroupKFold(5, seed).Split(groups);

            // Then the test folds partition the items, no group is in a fold's train and test, and fold sizes (in groups) differ by at most one
            folds.SelectMany(f => f.Test).Order().Should().Equal(Enumerable.Range(0, groups.Length));
            foreach (var f in folds)
            {
                f.Train.Concat(f.Test).Order().Should().Equal(Enumerable.Range(0, groups.Length));
                SplitTestData.GroupsOf(f.Train, groups).ToHashSet().Overlaps(SplitTestData.GroupsOf(f.Test, groups)).Should().BeFalse();
            }

            var sizes = folds.Select(f => SplitTestData.GroupsOf(f.Test, groups).Distinct().Count()).ToList();
            (sizes.Max() - sizes.Min()).Should().BeLessThanOrEqualTo(1);
            sizes.Sum().Should().Be(nGroups);
        }
    }

    [Fact]
    public void Random_splitters_partition_items_and_the_same_seed_gives_the_same_split()
    {
        foreach (var seed in SplitTestData.ManySeeds.Take(50))
        {
            // Given an item count
            var n = 10 + (seed % 500);

            // When split by the random three-way splitter and k-fold, twice with one seed and once with another
            var a = new RandomThreeWaySplit(0.6, 0.2, seed).Split(n);
            var b = new RandomThreeWaySplit(0.6, 0.2, seed).Split(n);
            var c = new RandomThreeWaySplit(0.6, 0.2, seed + 1).Split(n);
            var folds = new KFold(5, seed).Split(n);

            // Then each is a partition; one seed repeats exactly, another seed differs
            SplitTestData.ShouldPartition(a, n);
            a.Train.Should().Equal(b.Train);
            a.Test.Should().Equal(b.Test);
            (a.Train.SequenceEqual(c.Train) && a.Test.SequenceEqual(c.Test)).Should().BeFalse();
            folds.SelectMany(f => f.Test).Order().Should().Equal(Enumerable.Range(0, n));
        }
    }

    [Fact]
    public void OfficialSplit_reads_each_items_label_and_rejects_an_unknown_one()
    {
        // Given KonIQ-10k-like labels
        string?[] labels = ["training", "validation", "test", "training", "Test"];
        string[] ids = ["a", "b", "c", "d", "e"];

        // When split by the official labels
        var s = new OfficialSplit().Split(labels, ids);

        // Then each item is where its label says, and a missing label names the item
        s.Train.Should().Equal(0, 3);
        s.Val.Should().Equal(1);
        s.Test.Should().Equal(2, 4);
        var act = () => new OfficialSplit().Split(["training", null], ["a", "b"]);
        act.Should().Throw<ArgumentException>().WithMessage("*'b'*");
    }

    [Fact]
    public void FrameSubsample_takes_a_fifth_of_each_videos_frames_reproducibly()
    {
        // Given videos of 240, 192 and 3 frames
        int[] counts = [240, 192, 3];

        // When 20 % of the frames are drawn, twice with one seed
        var a = new FrameSubsample(0.2, 7).Select(counts);
        var b = new FrameSubsample(0.2, 7).Select(counts);

        // Then each video gives round(0.2 n) (at least one) distinct frames in range, the same for the same seed
        a.Select(f => f.Length).Should().Equal(48, 38, 1);
        a.Zip(counts).Should().OnlyContain(p => p.First.All(i => i >= 0 && i < p.Second) && p.First.Distinct().Count() == p.First.Length);
        a.Zip(b).Should().OnlyContain(p => p.First.SequenceEqual(p.Second));
        a[0].Should().BeInAscendingOrder();
    }
}
