using LeakSpec.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace LeakSpec.Regression;

/// <summary>The trained CNN-LSTM video-quality predictor: per-frame feature sequences in, one score per video out.</summary>
public sealed class LstmRegressor : IDisposable
{
    private readonly LstmNet net;
    private readonly Device device;

    private LstmRegressor(LstmNet net, LstmConfig config, Device device, IReadOnlyList<double> epochLosses)
    {
        this.net = net;
        this.device = device;
        Config = config;
        EpochLosses = epochLosses;
    }

    public LstmConfig Config { get; }

    /// <summary>Mean training MSE per epoch.</summary>
    public IReadOnlyList<double> EpochLosses { get; }

    public static LstmRegressor Train(
        IReadOnlyList<double[][]> sequences, IReadOnlyList<double> targets, LstmConfig cfg, DeviceChoice device, IProgress<string>? progress = null, CancellationToken ct = default)
    {
        TorchRuntime.EnsureLoaded();
        cfg.Validate();
        if (sequences.Count == 0 || sequences.Count != targets.Count)
        {
            throw new ArgumentException($"LstmRegressor.Train: expected as many targets as sequences (at least one); got {sequences.Count} sequences, {targets.Count} targets.");
        }

        LstmBatching.Check(sequences, cfg.InputSize, "LstmRegressor.Train");
        var dev = device.ToTorch();
        Seeding.Seed(Seeding.Derive(cfg.Seed, "lstm"));
        var net = new LstmNet(cfg.InputSize, cfg.Hidden1, cfg.Hidden2);
        Training.SeededInit.Apply(net, Seeding.Derive(cfg.Seed, "lstm-init"));
        try
        {
            net.to(dev);
            var parameters = net.parameters().ToArray();
            using var optimizer = new Training.Optimizers.KeptAliveAdam([new TorchSharp.Modules.Adam.ParamGroup(parameters, cfg.LearningRate)], cfg.LearningRate);
            var order = LstmBatching.SortedByLength(sequences);
            var losses = new List<double>();
            for (var epoch = 0; epoch < cfg.Epochs; epoch++)
            {
                net.train();
                double sum = 0;
                foreach (var chunk in order.Chunk(cfg.BatchSize))
                {
                    ct.ThrowIfCancellationRequested();
                    using (NewDisposeScope())
                    {
                        var (data, shape, lengths) = LstmBatching.Pad(chunk.Select(i => sequences[i]).ToArray(), cfg.InputSize);
                        var prediction = net.call(tensor(data, shape).to(dev), tensor(lengths).to(dev));
                        var target = tensor(chunk.Select(i => (float)targets[i]).ToArray()).to(dev);
                        var loss = nn.functional.mse_loss(prediction, target);
                        optimizer.zero_grad();
                        loss.backward();
                        Clip(parameters, cfg);
                        optimizer.step();
                        sum += loss.item<float>() * chunk.Length;
                    }
                }

                losses.Add(sum / sequences.Count);
                progress?.Report($"lstm epoch {epoch + 1}/{cfg.Epochs}: train mse {losses[^1]:G4}");
            }

            return new LstmRegressor(net, cfg, dev, losses);
        }
        catch
        {
            net.Dispose();
            throw;
        }
    }

    /// <summary>One prediction per sequence, in input order (batched by length internally; padding does not change a prediction).</summary>
    public double[] Predict(IReadOnlyList<double[][]> sequences)
    {
        LstmBatching.Check(sequences, Config.InputSize, "LstmRegressor.Predict");
        var result = new double[sequences.Count];
        net.eval();
        foreach (var chunk in LstmBatching.SortedByLength(sequences).Chunk(Config.BatchSize))
        {
            using (NewDisposeScope())
            using (no_grad())
            {
                var (data, shape, lengths) = LstmBatching.Pad(chunk.Select(i => sequences[i]).ToArray(), Config.InputSize);
                var prediction = net.call(tensor(data, shape).to(device), tensor(lengths).to(device)).cpu().data<float>().ToArray();
                for (var k = 0; k < chunk.Length; k++)
                {
                    result[chunk[k]] = prediction[k];
                }
            }
        }

        return result;
    }

    public void Dispose() => net.Dispose();

    private static void Clip(TorchSharp.Modules.Parameter[] parameters, LstmConfig cfg)
    {
        if (!cfg.PerParameterClipping)
        {
            nn.utils.clip_grad_norm_(parameters, cfg.GradientThreshold);
            return;
        }

        foreach (var p in parameters)
        {
            nn.utils.clip_grad_norm_([p], cfg.GradientThreshold);
        }
    }
}
