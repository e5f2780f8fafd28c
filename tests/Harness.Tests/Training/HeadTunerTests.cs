using LeakSpec.Runtime;
using LeakSpec.Training;

namespace LeakSpec.Harness.Tests.Training;

/// <summary>Fine-tuning the fc7-role layer and head over frozen-trunk features (the demo profile's Cases I–III).</summary>
[Trait("Category", "Fast")]
[Collection(TorchCollection.Name)]
public sealed class HeadTunerTests
{
    private static readonly DeviceChoice Cpu = new("cpu", "test");

    private static TrainingConfig Classifier(int seed) => new()
    {
        Optimizer = OptimizerKind.Adam, LearningRate = 1e-3, BatchSize = 16, Epochs = 400, Quantizer = ScoreQuantizer.EqualBins(0, 5), Seed = seed,
    };

    /// <summary>Feature rows with no relation to their scores: only memorisation can fit them.</summary>
    private static (double[][] X, double[] Scores) Noise(int n, int width, int seed)
    {
        var rng = new Random(seed);
        var x = Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, width).Select(_ => rng.NextDouble()).ToArray()).ToArray();
        return (x, [.. Enumerable.Range(0, n).Select(_ => rng.NextDouble() * 5)]);
    }

    [Fact]
    public void WithoutValidation_MemorisesItsTrainingItems_AsTheLeakyRunsDo()
    {
        // Given 96 random feature rows with random scores and 1,000 iterations (the leaky DeepBIQ run: no validation, max steps)
        var (x, y) = Noise(96, 64, seed: 1);
        using var body = HeadTuner.Fc7Role(64, 128, seed: 2);
        var cfg = Classifier(3) with { MaxSteps = 1_000 };

        // When the fc7-role layer and head are trained on them
        using var result = HeadTuner.Train(body, 128, x, y, null, null, cfg, Cpu, null, TestContext.Current.CancellationToken);

        // Then they are memorised: (almost) every training item's class is predicted back
        result.StopReason.Should().Be("max steps");
        result.History.Points[^1].TrainAccuracy.Should().BeGreaterThan(0.95);
        var predicted = HeadTuner.Predict(body, result.Head, x, Cpu).Select(o => Array.IndexOf(o, o.Max())).ToArray();
        var classes = y.Select(cfg.Quantizer!.Quantize).ToArray();
        predicted.Zip(classes).Count(p => p.First == p.Second).Should().BeGreaterThan(90);
    }

    [Fact]
    public void WithValidation_StopsEarlyOnUnrelatedItems_AndRestoresTheBestCheckpoint()
    {
        // Given training and validation rows whose scores are noise, patience 5
        var (x, y) = Noise(64, 32, seed: 4);
        var (vx, vy) = Noise(32, 32, seed: 5);
        using var body = HeadTuner.Fc7Role(32, 64, seed: 6);
        var cfg = Classifier(7) with { SelectBy = StopMetric.ValidationLoss, Patience = 5 };

        // When trained
        using var result = HeadTuner.Train(body, 64, x, y, vx, vy, cfg, Cpu, null, TestContext.Current.CancellationToken);

        // Then validation cannot improve for long, the run stops five validations after its best, and the best weights are back
        result.StopReason.Should().Be("early stopping");
        result.History.Points.Count(p => p.Step > result.BestStep).Should().Be(5);
        var outputs = HeadTuner.Predict(body, result.Head, vx, Cpu);
        var loss = outputs.Zip(vy).Average(p =>
        {
            var max = p.First.Max();
            var logSum = max + Math.Log(p.First.Sum(v => Math.Exp(v - max)));
            return logSum - p.First[cfg.Quantizer!.Quantize(p.Second)];
        });
        loss.Should().BeApproximately(result.BestValLoss!.Value, 1e-4);
    }

    [Fact]
    public void SameSeed_SameHistoryAndFeatures_OtherSeed_Different()
    {
        var (x, y) = Noise(40, 16, seed: 8);
        (string History, double[] Feature) Run(int seed)
        {
            using var body = HeadTuner.Fc7Role(16, 32, seed);
            using var r = HeadTuner.Train(body, 32, x, y, null, null, Classifier(seed) with { MaxSteps = 40 }, Cpu, null, TestContext.Current.CancellationToken);
            return (r.History.ToCsv(), HeadTuner.Transform(body, x, Cpu)[0]);
        }

        var a = Run(9);
        var again = Run(9);
        again.History.Should().Be(a.History);
        again.Feature.Should().Equal(a.Feature);
        Run(10).History.Should().NotBe(a.History);
        a.Feature.Should().HaveCount(32).And.OnlyContain(v => v >= 0, "the fc7-role layer ends in a ReLU");
    }

    [Fact]
    public void MismatchedRowsAndScores_AreRefusedWithTheCounts()
    {
        var (x, y) = Noise(10, 8, seed: 11);
        using var body = HeadTuner.Fc7Role(8, 8, seed: 12);

        var act = () => HeadTuner.Train(body, 8, x, y.Take(9).ToArray(), null, null, Classifier(1), Cpu, null, TestContext.Current.CancellationToken);

        act.Should().Throw<ArgumentException>().WithMessage("*10 rows, 9 scores*");
    }
}
