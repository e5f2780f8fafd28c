using LeakSpec.Datasets;
using LeakSpec.Experiments.Pipelines;
using LeakSpec.Training;

namespace LeakSpec.Experiments.Planning;

/// <summary>
/// One network's work in one split of a variant, as upper bounds: training samples (forward and backward) at the
/// epoch or step cap — early stopping only shortens it — and evaluation samples (forward only: validation, test
/// predictions, feature extraction, counting each random crop).
/// </summary>
/// <param name="Step">What the network does ("fine-tune", "features", "end-to-end", …).</param>
/// <param name="Backbone">The network.</param>
/// <param name="Dataset">The dataset its inputs come from.</param>
/// <param name="Input">How each input is prepared (its size follows from the dataset's items).</param>
/// <param name="BatchSize">Samples per device call.</param>
/// <param name="TrainSamples">Training samples at the cap.</param>
/// <param name="EvalSamples">Forward-only samples.</param>
/// <param name="Reads">Items (images or frames) read from the dataset, counting repeats: the host's share.</param>
public sealed record StageWork(
    string Step, BackboneSpec Backbone, DatasetKind Dataset, InputConfig Input, int BatchSize, long TrainSamples, long EvalSamples, long Reads)
{
    /// <summary>
    /// Training samples when early stopping ends the run at its first chance (patience + 1 validations), the lower end
    /// of the range; equal to <see cref="TrainSamples"/> for a run without patience.
    /// </summary>
    public long FewestTrainSamples { get; init; } = -1;

    /// <summary>Forward-only samples at that earliest stop.</summary>
    public long FewestEvalSamples { get; init; } = -1;

    /// <summary>The step cap's samples (<see cref="TrainingConfig.MaxSteps"/> × batch) when it, not the epochs, bounds the run: a cap does not grow with the dataset.</summary>
    public long? TrainCap { get; init; }

    /// <summary>Models the run saves to disk while it runs (DeepRN: one every 10 epochs), each the network's size.</summary>
    public int Snapshots { get; init; }

    /// <summary>Training samples of a run of <paramref name="config"/> on <paramref name="items"/> items: epochs × items × crops, or the step cap.</summary>
    public static long TrainingSamples(TrainingConfig config, int items)
    {
        var perEpoch = (long)items * config.Input.CropsPerImage;
        var byEpochs = config.Epochs == int.MaxValue ? long.MaxValue : perEpoch * config.Epochs;
        return config.MaxSteps is { } steps ? Math.Min(byEpochs, (long)steps * config.BatchSize) : byEpochs;
    }

    /// <summary>Validations of such a run: one per <see cref="TrainingConfig.ValidateEveryItems"/>, else one per epoch.</summary>
    public static long Validations(TrainingConfig config, int items)
    {
        var samples = TrainingSamples(config, items);
        return config.ValidateEveryItems is { } every ? samples / every : (samples + ((long)items * config.Input.CropsPerImage) - 1) / Math.Max(1L, (long)items * config.Input.CropsPerImage);
    }

    /// <summary>A fine-tuning of <paramref name="config"/> on <paramref name="train"/> items, validated on <paramref name="val"/>.</summary>
    public static StageWork FineTune(BackboneSpec backbone, DatasetKind dataset, TrainingConfig config, int train, int val)
    {
        var samples = TrainingSamples(config, train);
        var validations = Validations(config, train);
        var eval = val == 0 ? 0 : validations * val;
        var share = config.Patience is { } p && val > 0 && validations > p + 1 ? (p + 1.0) / validations : 1.0;
        return new("fine-tune", backbone, dataset, config.Input, config.BatchSize, samples, eval, samples + eval)
        {
            FewestTrainSamples = (long)(samples * share), FewestEvalSamples = (long)(eval * share),
            TrainCap = config.MaxSteps is { } steps ? (long)steps * config.BatchSize : null,
        };
    }

    /// <summary>
    /// The demo's frozen trunk (<see cref="FrozenTrunk"/>): each training and validation item through the trunk once
    /// (cached), the trained layers over the cached rows costing next to nothing.
    /// </summary>
    public static StageWork FrozenTrunkTuning(BackboneSpec backbone, DatasetKind dataset, InputConfig input, int batchSize, int train, int val) =>
        Forward("trunk features", backbone, dataset, input, batchSize, train + val);

    /// <summary>Forward passes only (features or predictions) over <paramref name="items"/> items, <paramref name="views"/> each.</summary>
    public static StageWork Forward(string step, BackboneSpec backbone, DatasetKind dataset, InputConfig input, int batchSize, long items, int views = 1) =>
        new(step, backbone, dataset, input, batchSize, 0, items * views, items);
}
