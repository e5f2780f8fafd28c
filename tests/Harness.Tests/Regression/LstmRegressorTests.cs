using LeakSpec.Harness.Tests.Training;
using LeakSpec.Regression;
using LeakSpec.Runtime;

namespace LeakSpec.Harness.Tests.Regression;

[Trait("Category", "Fast")]
[Collection(TorchCollection.Name)]
public sealed class LstmRegressorTests
{
    private static readonly DeviceChoice Cpu = new("cpu", "test");
    private static readonly LstmConfig Small = new(InputSize: 6, Hidden1: 16, Hidden2: 8, LearningRate: 2e-2, BatchSize: 8, Epochs: 10, Seed: 1);

    [Fact]
    public void Masked_PaddingDoesNotChangeAPrediction()
    {
        // Given a model trained with masking and a short sequence
        var (x, y) = Data(24, seed: 71);
        using var model = LstmRegressor.Train(x, y, Small with { Epochs = 2, ReadAfterPadding = false }, Cpu);
        var shortSeq = Sequence(3, new Random(1));
        var longSeq = Sequence(9, new Random(2));

        // When it is predicted alone and in one batch with a longer sequence (so it is zero-padded to 9 steps)
        var alone = model.Predict([shortSeq])[0];
        var batched = model.Predict([shortSeq, longSeq])[0];

        // Then the prediction is the same; reading the padded steps instead would have changed it
        batched.Should().BeApproximately(alone, 1e-5);
        var explicitZeros = shortSeq.Concat(Enumerable.Range(0, 6).Select(_ => new double[6])).ToArray();
        model.Predict([explicitZeros])[0].Should().NotBeApproximately(alone, 1e-4);
    }

    [Fact]
    public void ReadAfterPadding_AShortSequenceBatchedWithALongOne_ScoresAsIfZeroPadded()
    {
        // Given a model that reads the padded end, as MATLAB's 'OutputMode','last' with right padding
        var (x, y) = Data(24, seed: 74);
        using var model = LstmRegressor.Train(x, y, Small with { Epochs = 2, ReadAfterPadding = true }, Cpu);
        var shortSeq = Sequence(3, new Random(3));
        var longSeq = Sequence(9, new Random(4));
        var explicitZeros = shortSeq.Concat(Enumerable.Range(0, 6).Select(_ => new double[6])).ToArray();

        // When the short sequence is predicted alone and in one batch with the longer one
        var alone = model.Predict([shortSeq])[0];
        var batched = model.Predict([shortSeq, longSeq])[0];

        // Then in the batch it scores as the sequence with six zero steps appended, not as itself alone
        batched.Should().BeApproximately(model.Predict([explicitZeros])[0], 1e-5);
        batched.Should().NotBeApproximately(alone, 1e-4);
    }

    [Fact]
    public void Learns_ASequenceDependentTarget_AndIsDeterministic()
    {
        // Given sequences whose target is the mean of their first feature (it needs the whole sequence)
        var (x, y) = Data(24, seed: 72);

        // When trained twice with one seed
        using var a = LstmRegressor.Train(x, y, Small, Cpu);
        using var b = LstmRegressor.Train(x, y, Small, Cpu);

        // Then the loss falls well below the first epoch's and the two runs agree exactly
        a.EpochLosses[^1].Should().BeLessThan(a.EpochLosses[0] / 4);
        a.EpochLosses.Should().Equal(b.EpochLosses);
        a.Predict(x).Should().Equal(b.Predict(x));
    }

    [Fact]
    public void SortedByLength_StableAndPaddedAtTheEnd()
    {
        double[][] S(int n) => Enumerable.Range(0, n).Select(i => new[] { i + 1.0 }).ToArray();
        LstmBatching.SortedByLength([S(3), S(1), S(3), S(2)]).Should().Equal(1, 3, 0, 2);

        var (data, shape, lengths) = LstmBatching.Pad([S(1), S(3)], 1);
        shape.Should().Equal(2, 3, 1);
        lengths.Should().Equal(1, 3);
        data.Should().Equal(1f, 0f, 0f, 1f, 2f, 3f);
    }

    [Fact]
    public void BadInput_NamesTheSequenceAndStep()
    {
        var (x, y) = Data(4, seed: 73);
        x[2][1] = new double[5];
        var act = () => LstmRegressor.Train(x, y, Small with { Epochs = 1 }, Cpu);
        act.Should().Throw<ArgumentException>().WithMessage("*sequence 2, step 1 has 5 features, expected 6*");
        var mismatch = () => LstmRegressor.Train(x, [1.0], Small, Cpu);
        mismatch.Should().Throw<ArgumentException>().WithMessage("*4 sequences, 1 targets*");
    }

    private static (double[][][] X, double[] Y) Data(int count, int seed)
    {
        var rng = new Random(seed);
        var x = Enumerable.Range(0, count).Select(_ => Sequence(2 + rng.Next(7), rng)).ToArray();
        return (x, x.Select(s => s.Average(r => r[0])).ToArray());
    }

    private static double[][] Sequence(int steps, Random rng) =>
        Enumerable.Range(0, steps).Select(_ => Enumerable.Range(0, 6).Select(_ => (rng.NextDouble() * 2) - 1).ToArray()).ToArray();
}
