using LeakSpec.Harness.Tests.Training;
using LeakSpec.Regression;
using LeakSpec.Runtime;

namespace LeakSpec.Harness.Tests.Regression;

/// <summary>
/// The LSTM's batch order as the authors' <c>trainlstm.m</c> gets it from MATLAB: the table sorted by length (longest
/// first), shuffled once with a seed ('Shuffle' default 'once'), then the same batches every epoch, the incomplete
/// last one left out.
/// </summary>
[Trait("Category", "Fast")]
[Collection(TorchCollection.Name)]
public sealed class LstmShuffleOnceTests
{
    private static readonly DeviceChoice Cpu = new("cpu", "test");

    private static double[][] S(int steps) => [.. Enumerable.Range(0, steps).Select(i => new[] { i + 1.0 })];

    [Fact]
    public void Never_IsTheTableSortedLongestFirst_TiesInInputOrder()
    {
        // Given sequences of lengths 3, 1, 3, 2 (sortrows(…, 'sizes', 'descend') is stable)
        IReadOnlyList<double[][]> x = [S(3), S(1), S(3), S(2)];

        // When ordered without shuffling
        var order = LstmBatching.TrainingOrder(x, LstmShuffle.Never, seed: 5);

        // Then the longest come first and equal lengths keep their input order
        order.Should().Equal(0, 2, 3, 1);
    }

    [Fact]
    public void Once_IsASeededPermutationOfTheSortedTable()
    {
        // Given forty sequences of varied lengths
        var x = Enumerable.Range(0, 40).Select(i => S(1 + (i * 7 % 11))).ToArray();
        var sorted = LstmBatching.TrainingOrder(x, LstmShuffle.Never, seed: 0);

        // When shuffled once with two seeds, and again with the first
        var a = LstmBatching.TrainingOrder(x, LstmShuffle.Once, seed: 1);
        var again = LstmBatching.TrainingOrder(x, LstmShuffle.Once, seed: 1);
        var b = LstmBatching.TrainingOrder(x, LstmShuffle.Once, seed: 2);

        // Then each is a permutation of all indices, fixed by its seed, and not the sorted order
        a.Order().Should().Equal(Enumerable.Range(0, 40));
        again.Should().Equal(a);
        b.Should().NotEqual(a);
        a.Should().NotEqual(sorted);

        // And it permutes the sorted table, not the caller's order: the same sequences given in another order get the same
        // permutation of lengths
        var reversed = x.Reverse().ToArray();
        var lengthsA = a.Select(i => x[i].Length);
        var lengthsR = LstmBatching.TrainingOrder(reversed, LstmShuffle.Once, seed: 1).Select(i => reversed[i].Length);
        lengthsR.Should().Equal(lengthsA);
    }

    [Fact]
    public void Batches_LeaveOutTheIncompleteLastBatch_UnlessThereIsOnlyOne()
    {
        // Given ten indices in batches of 4
        int[] order = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0];

        // When batched as MATLAB's trainNetwork batches (and without discarding)
        var matlab = LstmBatching.Batches(order, 4, discardPartial: true).ToArray();
        var all = LstmBatching.Batches(order, 4, discardPartial: false).ToArray();
        var fewer = LstmBatching.Batches([2, 1, 0], 4, discardPartial: true).ToArray();

        // Then MATLAB's drops the last two, ours keeps them, and fewer than a batch stay one batch
        matlab.Should().HaveCount(2);
        matlab.SelectMany(b => b).Should().Equal(9, 8, 7, 6, 5, 4, 3, 2);
        all.Should().HaveCount(3);
        all[^1].Should().Equal(1, 0);
        fewer.Should().ContainSingle().Which.Should().Equal(2, 1, 0);
    }

    [Fact]
    public void Training_UsesTheOnePermutationInEveryEpoch()
    {
        // Given 22 sequences, batches of 5 and three epochs, shuffled once with seed 3
        var rng = new Random(9);
        var x = Enumerable.Range(0, 22).Select(_ => Enumerable.Range(0, 2 + rng.Next(6)).Select(_ => new[] { rng.NextDouble(), rng.NextDouble() }).ToArray()).ToArray();
        var y = x.Select(s => s.Average(r => r[0])).ToArray();
        var cfg = new LstmConfig(InputSize: 2, Hidden1: 4, Hidden2: 3, BatchSize: 5, Epochs: 3, Seed: 3);
        var seen = new List<(int Epoch, int[] Batch)>();

        // When it trains
        using var model = LstmRegressor.Train(x, y, cfg, Cpu, null, (e, b) => seen.Add((e, b)), TestContext.Current.CancellationToken);

        // Then every epoch runs the same four full batches, in the order of the seeded permutation
        var expected = LstmBatching.TrainingOrder(x, LstmShuffle.Once, Seeding.Derive(3, "lstm", "shuffle-once")).Take(20).Chunk(5).ToArray();
        for (var epoch = 0; epoch < 3; epoch++)
        {
            var batches = seen.Where(s => s.Epoch == epoch).Select(s => s.Batch).ToArray();
            batches.Should().HaveCount(4);
            batches.Zip(expected).Should().OnlyContain(p => p.First.SequenceEqual(p.Second));
        }

        // And the order is not the length-sorted one ('never')
        seen[0].Batch.Should().NotEqual(LstmBatching.TrainingOrder(x, LstmShuffle.Never, 0).Take(5));
    }
}
