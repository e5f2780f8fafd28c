using LeakSpec.Runtime;
using LeakSpec.Runtime.TorchSharpFixes;
using LeakSpec.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace LeakSpec.Regression;

/// <summary>
/// Predicts a distribution over K ordered score classes from a feature vector; its scalar prediction is the
/// distribution's mean class (1..K), which DeepRN's evaluation correlates with the MOS.
/// </summary>
public sealed class DistributionRegressor : IDisposable
{
    private readonly nn.Module<Tensor, Tensor> net;
    private readonly double[] mean;
    private readonly double[] scale;

    private DistributionRegressor(nn.Module<Tensor, Tensor> net, double[] mean, double[] scale, int classes)
    {
        this.net = net;
        this.mean = mean;
        this.scale = scale;
        Classes = classes;
    }

    public int Classes { get; }

    /// <summary>Trains on <paramref name="x"/> → <paramref name="distributions"/> (rows of non-negative votes per class), early-stopping on the validation set.</summary>
    public static DistributionRegressor Train(
        IReadOnlyList<double[]> x, IReadOnlyList<double[]> distributions,
        IReadOnlyList<double[]> valX, IReadOnlyList<double[]> valDistributions,
        DistributionRegressorConfig cfg, DeviceChoice device)
    {
        TorchRuntime.EnsureLoaded();
        if (x.Count == 0 || x.Count != distributions.Count || valX.Count != valDistributions.Count)
        {
            throw new ArgumentException($"DistributionRegressor.Train: expected one distribution per row; got {x.Count} rows and {distributions.Count} distributions (validation {valX.Count}/{valDistributions.Count}).");
        }

        var width = x[0].Length;
        var classes = distributions[0].Length;
        var standardizer = Standardizer.Fit(SvrInput.RowMajor(x, width), x.Count, width);
        Seeding.Seed(Seeding.Derive(cfg.Seed, "distribution-regressor"));
        var dev = device.ToTorch();
        var net = nn.Sequential(
            ("fc1", nn.Linear(width, cfg.Hidden)), ("relu", nn.ReLU()), ("drop", nn.Dropout(cfg.Dropout)), ("fc2", nn.Linear(cfg.Hidden, classes)));
        net.to(dev);
        var model = new DistributionRegressor(net, standardizer.Mean, standardizer.Scale, classes);
        using var xs = model.Input(x, dev);
        using var ys = Targets(distributions, dev);
        using var vx = valX.Count == 0 ? null : model.Input(valX, dev);
        using var vy = valX.Count == 0 ? null : Targets(valDistributions, dev);
        using var optimizer = new KeptAliveAdam([new TorchSharp.Modules.Adam.ParamGroup(net.parameters(), cfg.LearningRate)], cfg.LearningRate);
        var rng = Seeding.CreateRandom(Seeding.Derive(cfg.Seed, "distribution-regressor", "order"));
        var order = Enumerable.Range(0, x.Count).ToArray();
        using var best = new BestCheckpoint(lowerIsBetter: true, cfg.Patience, minImprovement: 1e-6);
        for (var epoch = 0; epoch < cfg.Epochs && !best.ShouldStop; epoch++)
        {
            rng.Shuffle(order);
            net.train();
            foreach (var batch in order.Chunk(cfg.BatchSize))
            {
                using var scope = NewDisposeScope();
                using var index = tensor(batch.Select(i => (long)i).ToArray(), device: dev);
                var loss = SoftCrossEntropy(net.call(xs.index_select(0, index)), ys.index_select(0, index));
                optimizer.zero_grad();
                loss.backward();
                optimizer.step();
            }

            if (vx is null)
            {
                continue;
            }

            net.eval();
            using (NewDisposeScope())
            using (no_grad())
            {
                best.Offer(SoftCrossEntropy(net.call(vx), vy!).item<float>(), net);
            }
        }

        best.Restore(net);

        return model;
    }

    /// <summary>Predicted distributions (rows sum to 1).</summary>
    public double[][] PredictDistributions(IReadOnlyList<double[]> x)
    {
        net.eval();
        var dev = net.parameters().First().device;
        using var scope = NewDisposeScope();
        using var _ = no_grad();
        var p = nn.functional.softmax(net.call(Input(x, dev)), 1).to_type(ScalarType.Float64).cpu().contiguous();
        var flat = p.data<double>().ToArray();
        return [.. Enumerable.Range(0, x.Count).Select(i => flat.AsSpan(i * Classes, Classes).ToArray())];
    }

    /// <summary>The mean class (1..K) of each predicted distribution.</summary>
    public double[] PredictMean(IReadOnlyList<double[]> x) =>
        [.. PredictDistributions(x).Select(d => d.Select((p, k) => p * (k + 1)).Sum())];

    public void Dispose() => net.Dispose();

    private Tensor Input(IReadOnlyList<double[]> x, Device dev)
    {
        var width = mean.Length;
        var flat = new float[x.Count * width];
        for (var i = 0; i < x.Count; i++)
        {
            for (var d = 0; d < width; d++)
            {
                flat[(i * width) + d] = (float)((x[i][d] - mean[d]) / scale[d]);
            }
        }

        return tensor(flat, [x.Count, width], device: dev);
    }

    private static Tensor Targets(IReadOnlyList<double[]> distributions, Device dev)
    {
        var classes = distributions[0].Length;
        var flat = distributions.SelectMany(d =>
        {
            var sum = d.Sum();
            return d.Select(v => (float)(sum > 0 ? v / sum : 1.0 / classes));
        }).ToArray();
        return tensor(flat, [distributions.Count, classes], device: dev);
    }

    private static Tensor SoftCrossEntropy(Tensor logits, Tensor targets) =>
        -(targets * nn.functional.log_softmax(logits, 1)).sum(1).mean();
}
