using System.Diagnostics;
using LeakSpec.Models;
using LeakSpec.Regression;
using LeakSpec.Runtime;
using static TorchSharp.torch;
using LeakSpec.Training;

namespace LeakSpec.Benchmarks;

/// <summary>Throughput measurements for `leakspec bench training` (the lead wires the command): numbers, not assertions.</summary>
public static class TrainingBenchmark
{
    /// <summary>SmallCnn + 5-way head, Adam, batch 32 of random <paramref name="pixels"/>² images: training images per second after warm-up.</summary>
    public static double SmallCnnImagesPerSecond(int pixels, int steps = 20, int warmup = 5)
    {
        TorchRuntime.EnsureLoaded();
        using var net = new SmallCnn(seed: 1);
        using var head = TrainingHeads.Create(HeadKind.Classification, net.FeatureDim, 5);
        using var optimizer = FineTuner.CreateOptimizer(new TrainingConfig { Optimizer = OptimizerKind.Adam }, net.Module, head);
        Seeding.Seed(1);
        var sw = new Stopwatch();
        for (var i = 0; i < warmup + steps; i++)
        {
            if (i == warmup)
            {
                sw.Start();
            }

            using var scope = NewDisposeScope();
            var loss = nn.functional.cross_entropy(head.call(net.Features(net.Preprocess(rand(32, 3, pixels, pixels)))), randint(0, 5, [32]));
            optimizer.zero_grad();
            loss.backward();
            optimizer.step();
        }

        return 32.0 * steps / sw.Elapsed.TotalSeconds;
    }

    /// <summary>Seconds per LSTM training epoch on <paramref name="count"/> sequences of <paramref name="steps"/> × <paramref name="width"/> (paper widths 1,024 / 128).</summary>
    public static double LstmEpochSeconds(int count = 200, int steps = 48, int width = 512, int epochs = 2)
    {
        var rng = Seeding.CreateRandom(1);
        var sequences = Enumerable.Range(0, count).Select(_ => Enumerable.Range(0, steps).Select(_ => Enumerable.Range(0, width).Select(_ => rng.NextDouble()).ToArray()).ToArray()).ToArray();
        var targets = sequences.Select(_ => rng.NextDouble() * 4 + 1).ToArray();
        var sw = Stopwatch.StartNew();
        using var model = LstmRegressor.Train(sequences, targets, new LstmConfig(InputSize: width, Epochs: epochs), new DeviceChoice("cpu", "benchmark"));
        return sw.Elapsed.TotalSeconds / epochs;
    }
}
