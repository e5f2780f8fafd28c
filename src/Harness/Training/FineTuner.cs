using LeakSpec.Datasets;
using LeakSpec.Models;
using LeakSpec.Runtime;
using LeakSpec.Runtime.TorchSharpFixes;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace LeakSpec.Training;

/// <summary>
/// Fine-tunes a backbone with a new head on scored images: seeded sample order and crops, per-group learning rates,
/// a schedule, validation every N items, early stopping and best-checkpoint selection. One dispose scope per batch.
/// </summary>
public static class FineTuner
{
    public static FineTuneResult Train(
        IBackbone backbone,
        IReadOnlyList<LabeledImage> train,
        IReadOnlyList<LabeledImage>? val,
        TrainingConfig cfg,
        DeviceChoice device,
        IProgress<string>? progress,
        CancellationToken ct) => Train(backbone, train, val, cfg, device, progress, onBatchEnd: null, ct);

    /// <param name="probe">Images whose accuracy is taken at every validation (<see cref="FineTuneResult.ProbeAccuracies"/>); they choose nothing.</param>
    public static FineTuneResult Train(
        IBackbone backbone,
        IReadOnlyList<LabeledImage> train,
        IReadOnlyList<LabeledImage>? val,
        IReadOnlyList<LabeledImage>? probe,
        TrainingConfig cfg,
        DeviceChoice device,
        IProgress<string>? progress,
        CancellationToken ct) => Train(backbone, train, val, cfg, device, progress, onBatchEnd: null, ct, probe);

    /// <param name="onBatchEnd">Called after each batch's scope is closed with the items seen so far (tests watch tensor counts here).</param>
    internal static FineTuneResult Train(
        IBackbone backbone,
        IReadOnlyList<LabeledImage> train,
        IReadOnlyList<LabeledImage>? val,
        TrainingConfig cfg,
        DeviceChoice device,
        IProgress<string>? progress,
        Action<long>? onBatchEnd,
        CancellationToken ct,
        IReadOnlyList<LabeledImage>? probe = null)
    {
        TorchRuntime.EnsureLoaded();
        cfg.Validate();
        if (train.Count == 0)
        {
            throw new ArgumentException("FineTuner.Train: the training set is empty.", nameof(train));
        }

        var dev = device.ToTorch();
        Tensor Forward(IEnumerable<RgbImage> images) => backbone.Features(backbone.Preprocess(InputPipeline.ToTensor([.. images], dev)));
        ValidationSource? Source(IReadOnlyList<LabeledImage>? set) => set is null ? null : new ValidationSource(
            set.Count,
            idx => Forward(idx.Select(i => InputPipeline.Prepare(set[i].Load(), cfg.Input, rng: null))),
            [.. set.Select(v => v.Score)]);
        var validation = Source(val);
        BatchLoader? loader = null;
        try
        {
            return TrainCore(
                backbone.Module,
                backbone.FeatureDim,
                (idx, rng) =>
                {
                    // Crops are drawn before the scope's tensors exist, in sample order, so a seed fixes every crop.
                    var images = loader!.Take(idx).Select(image => InputPipeline.Prepare(image, cfg.Input, rng)).ToArray();
                    return Forward(images);
                },
                [.. train.Select(t => t.Score)],
                validation,
                cfg,
                dev,
                progress,
                onBatchEnd,
                ct,
                Source(probe),
                planEpoch: batches =>
                {
                    loader?.Dispose();
                    loader = new BatchLoader(train, batches, BatchLoader.DefaultWorkers, depth: 2, ct);
                });
        }
        finally
        {
            loader?.Dispose();
        }
    }

    /// <summary>
    /// The loop every fine-tuning shares: seeded order, per-group rates and schedule, a new head on the body's output,
    /// validation every N items or each epoch, early stopping, best-checkpoint restore, epoch snapshots.
    /// </summary>
    /// <param name="body">The trainable module under the head (a backbone, or the fc7-role layer over a frozen trunk).</param>
    /// <param name="trainForward">The body's output (N×<paramref name="bodyDim"/>) for the training samples of one batch, inside the batch's scope.</param>
    /// <param name="planEpoch">Told each epoch's batches after the shuffle, before the first is trained (the image loader decodes ahead).</param>
    internal static FineTuneResult TrainCore(
        nn.Module body,
        int bodyDim,
        Func<int[], Random, Tensor> trainForward,
        double[] trainScores,
        ValidationSource? val,
        TrainingConfig cfg,
        Device dev,
        IProgress<string>? progress,
        Action<long>? onBatchEnd,
        CancellationToken ct,
        ValidationSource? probe = null,
        Action<IReadOnlyList<int[]>>? planEpoch = null)
    {
        Seeding.Seed(Seeding.Derive(cfg.Seed, "fine-tune", "torch"));
        var rng = Seeding.CreateRandom(Seeding.Derive(cfg.Seed, "fine-tune", "order-and-crops"));
        var classification = cfg.Head == HeadKind.Classification;
        var head = TrainingHeads.Create(cfg.Head, bodyDim, classification ? cfg.Quantizer!.Classes : 1);
        SeededInit.Apply(head, Seeding.Derive(cfg.Seed, "fine-tune", "head-init"));
        try
        {
            body.to(dev);
            head.to(dev);
            using var loss = new TrainingLoss(cfg, trainScores, dev);
            using var optimizer = CreateOptimizer(cfg, body, head);
            using var run = new TrainingRun(body, head, loss, cfg, val, progress, probe);
            var snapshots = new List<string>();
            var samples = Enumerable.Range(0, trainScores.Length).SelectMany(i => Enumerable.Repeat(i, cfg.Input.CropsPerImage)).ToArray();
            for (var epoch = 0; epoch < cfg.Epochs && run.StopReason is null; epoch++)
            {
                var lr = SetLearningRate(optimizer, cfg, epoch);
                Shuffle(samples, rng);
                planEpoch?.Invoke([.. samples.Chunk(cfg.BatchSize)]);
                var batchesDone = 0;
                for (var start = 0; start < samples.Length && run.StopReason is null; start += cfg.BatchSize)
                {
                    ct.ThrowIfCancellationRequested();
                    var batch = samples.AsSpan(start, Math.Min(cfg.BatchSize, samples.Length - start)).ToArray();
                    using (NewDisposeScope())
                    {
                        body.train();
                        head.train();
                        var output = head.call(trainForward(batch, rng));
                        var (batchLoss, correct) = loss.Compute(output, batch.Select(i => trainScores[i]).ToArray(), weighted: true);
                        optimizer.zero_grad();
                        batchLoss.backward();
                        optimizer.step();
                        run.AddTrainBatch(batchLoss.item<float>(), correct, batch.Length);
                    }

                    batchesDone++;
                    onBatchEnd?.Invoke(run.Items);
                    run.Steps++;
                    if (cfg.ValidateEveryItems is { } every && run.Items >= run.NextValidationAt)
                    {
                        run.Checkpoint(epoch + 1, lr);
                        while (run.NextValidationAt <= run.Items)
                        {
                            run.NextValidationAt += every;
                        }
                    }

                    if (cfg.MaxSteps is { } max && run.Steps >= max)
                    {
                        if (run.HasPendingTraining)
                        {
                            run.Checkpoint(epoch + 1, lr);
                        }

                        run.StopReason ??= "max steps";
                    }
                }

                if (cfg.ValidateEveryItems is null && run.StopReason is null)
                {
                    run.Checkpoint(epoch + 1, lr);
                }

                // Only whole epochs are snapshots: a run cut short by max steps mid-epoch saves nothing for it.
                if (cfg.SnapshotEveryEpochs is { } snapshotEvery && (epoch + 1) % snapshotEvery == 0 && batchesDone * cfg.BatchSize >= samples.Length)
                {
                    snapshots.Add(SaveSnapshot(body, head, cfg.SnapshotDirectory!, epoch + 1));
                }
            }

            run.Finish();
            progress?.Report($"fine-tuning done: {run.StopReason ?? "epochs"}, best step {run.BestStep}");
            return new FineTuneResult(new TrainingHistory(run.Points), run.BestStep, run.BestEpoch, run.BestValLoss, run.BestValAccuracy, run.StopReason ?? "epochs", head, snapshots)
            {
                ProbeAccuracies = [.. run.ProbeAccuracies],
            };
        }
        catch
        {
            head.Dispose();
            throw;
        }
    }

    /// <summary>Evaluation-mode outputs of backbone + head (N×classes or N×1) for images, in batches (centre view).</summary>
    public static float[][] Predict(IBackbone backbone, Sequential head, IReadOnlyList<RgbImage> images, InputConfig input, int batchSize, DeviceChoice device)
    {
        var dev = device.ToTorch();
        backbone.Module.eval();
        head.eval();
        var rows = new List<float[]>(images.Count);
        for (var start = 0; start < images.Count; start += batchSize)
        {
            var batch = images.Skip(start).Take(batchSize).Select(img => InputPipeline.Prepare(img, input, rng: null)).ToArray();
            using (NewDisposeScope())
            using (no_grad())
            {
                var output = head.call(backbone.Features(backbone.Preprocess(InputPipeline.ToTensor(batch, dev)))).cpu();
                var flat = output.data<float>().ToArray();
                var width = (int)output.shape[1];
                rows.AddRange(Enumerable.Range(0, batch.Length).Select(i => flat.AsSpan(i * width, width).ToArray()));
            }
        }

        return rows.ToArray();
    }

    /// <summary>Writes epoch-NNNN.backbone.dat and .head.dat atomically; returns the backbone file's path.</summary>
    private static string SaveSnapshot(nn.Module backbone, nn.Module head, string directory, int epoch)
    {
        string Save(nn.Module module, string suffix)
        {
            using var ms = new MemoryStream();
            using (var writer = new BinaryWriter(ms, System.Text.Encoding.UTF8, leaveOpen: true))
            {
                module.save(writer);
            }

            var path = Path.Combine(directory, $"epoch-{epoch:D4}.{suffix}.dat");
            IO.AtomicFile.WriteAllBytes(path, ms.ToArray());
            return path;
        }

        Save(head, "head");
        return Save(backbone, "backbone");
    }

    internal static optim.Optimizer CreateOptimizer(TrainingConfig cfg, nn.Module backbone, nn.Module head)
    {
        var backboneParams = backbone.parameters().ToArray();
        var headParams = head.parameters().ToArray();
        var headLr = cfg.LearningRate * cfg.HeadLrFactor;
        return cfg.Optimizer switch
        {
            OptimizerKind.Sgd => new KeptAliveSgd(
                [new SGD.ParamGroup(backboneParams, cfg.LearningRate, cfg.Momentum, weight_decay: cfg.WeightDecay), new SGD.ParamGroup(headParams, headLr, cfg.Momentum, weight_decay: cfg.WeightDecay)],
                cfg.LearningRate, cfg.Momentum, cfg.WeightDecay),
            OptimizerKind.Adam => new KeptAliveAdam(
                [new Adam.ParamGroup(backboneParams, cfg.LearningRate, weight_decay: cfg.WeightDecay), new Adam.ParamGroup(headParams, headLr, weight_decay: cfg.WeightDecay)],
                cfg.LearningRate, cfg.WeightDecay),
            _ => throw new ArgumentOutOfRangeException(nameof(cfg), cfg.Optimizer, "Unknown optimiser."),
        };
    }

    /// <summary>Sets each group's rate for <paramref name="epoch"/> (0-based): group 0 the backbone, group 1 the head; returns the backbone's.</summary>
    internal static double SetLearningRate(optim.Optimizer optimizer, TrainingConfig cfg, int epoch)
    {
        var factor = cfg.Schedule.Factor(epoch);
        var groups = optimizer.ParamGroups.ToArray();
        groups[0].LearningRate = cfg.LearningRate * factor;
        groups[1].LearningRate = cfg.LearningRate * cfg.HeadLrFactor * factor;
        return groups[0].LearningRate;
    }

    private static void Shuffle(int[] a, Random rng)
    {
        for (var i = a.Length - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (a[i], a[j]) = (a[j], a[i]);
        }
    }
}
