using LeakSpec.Runtime;
using LeakSpec.Runtime.TorchSharpFixes;
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
        IReadOnlyList<double[][]> sequences, IReadOnlyList<double> targets, LstmConfig cfg, DeviceChoice device, IProgress<string>? progress = null, CancellationToken ct = default) =>
        Train(sequences, targets, cfg, device, progress, onBatch: null, ct);

    /// <param name="onBatch">Called with the 0-based epoch and the sequence indices of each mini-batch before it trains (tests watch the order).</param>
    internal static LstmRegressor Train(
        IReadOnlyList<double[][]> sequences, IReadOnlyList<double> targets, LstmConfig cfg, DeviceChoice device, IProgress<string>? progress, Action<int, int[]>? onBatch, CancellationToken ct)
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
        Models.SeededInit.Apply(net, Seeding.Derive(cfg.Seed, "lstm-init"));
        try
        {
            net.to(dev);
            var parameters = net.parameters().ToArray();
            using var optimizer = CreateOptimizer(net, cfg);
            var order = LstmBatching.TrainingOrder(sequences, cfg.Shuffle, Seeding.Derive(cfg.Seed, "lstm", "shuffle-once"));
            var losses = new List<double>();
            for (var epoch = 0; epoch < cfg.Epochs; epoch++)
            {
                net.train();
                double sum = 0;
                long seen = 0;
                foreach (var chunk in LstmBatching.Batches(order, cfg.BatchSize, cfg.DiscardPartialBatch))
                {
                    ct.ThrowIfCancellationRequested();
                    onBatch?.Invoke(epoch, chunk);
                    using (NewDisposeScope())
                    {
                        var (data, shape, lengths) = Padded(chunk.Select(i => sequences[i]).ToArray(), cfg);
                        var prediction = net.call(tensor(data, shape).to(dev), tensor(lengths).to(dev));
                        var target = tensor(chunk.Select(i => (float)targets[i]).ToArray()).to(dev);
                        var loss = nn.functional.mse_loss(prediction, target);
                        optimizer.zero_grad();
                        loss.backward();
                        Clip(parameters, cfg);
                        optimizer.step();
                        sum += loss.item<float>() * chunk.Length;
                        seen += chunk.Length;
                    }
                }

                losses.Add(sum / seen);
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

    /// <summary>One prediction per sequence, in input order (batched by length internally; masked, padding does not change a prediction).</summary>
    public double[] Predict(IReadOnlyList<double[][]> sequences)
    {
        LstmBatching.Check(sequences, Config.InputSize, "LstmRegressor.Predict");
        var result = new double[sequences.Count];
        net.eval();
        // Read after the padding, a prediction depends on its batch-mates: batch as the authors' predict call did (the
        // test table sorted longest first, MATLAB's predict batches of 128). Masked, any batching gives the same values.
        var batches = Config.ReadAfterPadding
            ? LstmBatching.TrainingOrder(sequences, LstmShuffle.Never, 0).Chunk(Config.PredictBatchSize)
            : LstmBatching.SortedByLength(sequences).Chunk(Config.BatchSize);
        foreach (var chunk in batches)
        {
            using (NewDisposeScope())
            using (no_grad())
            {
                var (data, shape, lengths) = Padded(chunk.Select(i => sequences[i]).ToArray(), Config);
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

    /// <summary>A batch padded at the end; the step read is each sequence's own last one, or the batch's last with <see cref="LstmConfig.ReadAfterPadding"/>.</summary>
    private static (float[] Data, long[] Shape, long[] Lengths) Padded(IReadOnlyList<double[][]> batch, LstmConfig cfg)
    {
        var (data, shape, lengths) = LstmBatching.Pad(batch, cfg.InputSize);
        return cfg.ReadAfterPadding ? (data, shape, [.. lengths.Select(_ => shape[1])]) : (data, shape, lengths);
    }

    /// <summary>
    /// Adam with MATLAB's L2 regularisation on the weights only: lstmLayer's and fullyConnectedLayer's BiasL2Factor
    /// default to 0, their weight factors to 1.
    /// </summary>
    private static KeptAliveAdam CreateOptimizer(LstmNet net, LstmConfig cfg)
    {
        var named = net.named_parameters().ToArray();
        static bool IsBias(string name) => name.Split('.')[^1].StartsWith("bias", StringComparison.Ordinal);
        var weights = named.Where(p => !IsBias(p.name)).Select(p => p.parameter).ToArray();
        var biases = named.Where(p => IsBias(p.name)).Select(p => p.parameter).ToArray();
        return new KeptAliveAdam(
            [new TorchSharp.Modules.Adam.ParamGroup(weights, cfg.LearningRate, weight_decay: cfg.L2Regularization), new TorchSharp.Modules.Adam.ParamGroup(biases, cfg.LearningRate)],
            cfg.LearningRate);
    }

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
