using LeakSpec.Models;
using LeakSpec.Runtime;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace LeakSpec.Training;

/// <summary>
/// Fine-tuning above a frozen trunk: the trunk's pooled features are computed once per item, and only an fc7-role
/// layer (FC + ReLU) and the new head learn, with <see cref="FineTuner"/>'s loop (order, schedule, validation, early
/// stopping, best checkpoint). The leak still has the path it has in the paper — the fc7 features the regressor reads
/// are trained on whatever items the fine-tuning stage saw — at a cost of microseconds per item instead of a CNN pass.
/// </summary>
public static class HeadTuner
{
    /// <summary>The trainable layer under the head: FC <paramref name="inputDim"/> → <paramref name="width"/> and ReLU, seeded.</summary>
    public static Sequential Fc7Role(int inputDim, int width, int seed)
    {
        TorchRuntime.EnsureLoaded();
        var body = nn.Sequential(("fc7", nn.Linear(inputDim, width)), ("relu7", nn.ReLU()));
        SeededInit.Apply(body, Seeding.Derive(seed, "fc7-role", "init"));
        return body;
    }

    /// <summary>Trains <paramref name="body"/> (output width <paramref name="bodyDim"/>) and a new head on feature rows and their scores.</summary>
    public static FineTuneResult Train(
        Sequential body,
        int bodyDim,
        IReadOnlyList<double[]> train,
        IReadOnlyList<double> trainScores,
        IReadOnlyList<double[]>? val,
        IReadOnlyList<double>? valScores,
        TrainingConfig cfg,
        DeviceChoice device,
        IProgress<string>? progress,
        CancellationToken ct,
        IReadOnlyList<double[]>? probe = null,
        IReadOnlyList<double>? probeScores = null)
    {
        TorchRuntime.EnsureLoaded();
        cfg.Validate();
        if ((probe is null) != (probeScores is null) || (probe is not null && probe.Count != probeScores!.Count))
        {
            throw new ArgumentException($"HeadTuner.Train: expected probe rows with one score each; got {probe?.Count} rows, {probeScores?.Count} scores.", nameof(probe));
        }

        if (train.Count == 0 || train.Count != trainScores.Count || (val is null) != (valScores is null) || (val is not null && val.Count != valScores!.Count))
        {
            throw new ArgumentException($"HeadTuner.Train: expected a non-empty training set with one score per row (got {train.Count} rows, {trainScores.Count} scores) and validation rows with scores ({val?.Count} rows, {valScores?.Count} scores).", nameof(train));
        }

        var dev = device.ToTorch();
        Tensor Rows(IReadOnlyList<double[]> rows, int[] idx) => body.call(Stack(rows, idx, dev));
        var validation = val is null || val.Count == 0 ? null : new ValidationSource(val.Count, idx => Rows(val, idx), [.. valScores!]);
        var probeSource = probe is null || probe.Count == 0 ? null : new ValidationSource(probe.Count, idx => Rows(probe, idx), [.. probeScores!]);
        return FineTuner.TrainCore(body, bodyDim, (idx, _) => Rows(train, idx), [.. trainScores], validation, cfg, dev, progress, onBatchEnd: null, ct, probeSource);
    }

    /// <summary>The body's output (the fc7-role features) for feature rows, in evaluation mode.</summary>
    public static double[][] Transform(Sequential body, IReadOnlyList<double[]> rows, DeviceChoice device) =>
        Evaluate(rows, device, x => body.call(x), body);

    /// <summary>Body + head outputs (N×classes or N×1) for feature rows, in evaluation mode.</summary>
    public static double[][] Predict(Sequential body, Sequential head, IReadOnlyList<double[]> rows, DeviceChoice device) =>
        Evaluate(rows, device, x => head.call(body.call(x)), body, head);

    private static double[][] Evaluate(IReadOnlyList<double[]> rows, DeviceChoice device, Func<Tensor, Tensor> forward, params nn.Module[] modules)
    {
        TorchRuntime.EnsureLoaded();
        var dev = device.ToTorch();
        foreach (var m in modules)
        {
            m.to(dev);
            m.eval();
        }

        const int batch = 512;
        var result = new double[rows.Count][];
        for (var start = 0; start < rows.Count; start += batch)
        {
            var idx = Enumerable.Range(start, Math.Min(batch, rows.Count - start)).ToArray();
            using (NewDisposeScope())
            using (no_grad())
            {
                var output = forward(Stack(rows, idx, dev)).to(float64).cpu();
                var flat = output.data<double>().ToArray();
                var width = (int)output.shape[1];
                for (var k = 0; k < idx.Length; k++)
                {
                    result[idx[k]] = flat.AsSpan(k * width, width).ToArray();
                }
            }
        }

        return result;
    }

    private static Tensor Stack(IReadOnlyList<double[]> rows, int[] idx, Device dev)
    {
        var width = rows[idx[0]].Length;
        var flat = new float[idx.Length * width];
        for (var k = 0; k < idx.Length; k++)
        {
            var row = rows[idx[k]];
            if (row.Length != width)
            {
                throw new ArgumentException($"HeadTuner: feature rows differ in width ({row.Length} vs {width}).", nameof(rows));
            }

            for (var d = 0; d < width; d++)
            {
                flat[(k * width) + d] = (float)row[d];
            }
        }

        return tensor(flat, [idx.Length, width]).to(dev);
    }
}
