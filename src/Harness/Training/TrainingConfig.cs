namespace LeakSpec.Training;

/// <summary>
/// Everything a fine-tuning run depends on. The paper's values are in each case's configuration (Experiments/Pipelines:
/// DeepBiqConfig, CnnSvrConfig, EndToEndConfig, MultiGapConfig, DeepRnConfig, each property <c>FineTuning</c>), with
/// their citations; the defaults here are only the neutral ones (no momentum, no decay, no early stop).
/// </summary>
public sealed record TrainingConfig
{
    public OptimizerKind Optimizer { get; init; } = OptimizerKind.Sgd;

    public double LearningRate { get; init; } = 1e-3;

    /// <summary>SGD only.</summary>
    public double Momentum { get; init; }

    public double WeightDecay { get; init; }

    public int BatchSize { get; init; } = 32;

    public int Epochs { get; init; } = 10;

    /// <summary>Stop after this many optimiser steps whatever the epoch (DeepBIQ's leaky run: 4,900 iterations).</summary>
    public int? MaxSteps { get; init; }

    public LrSchedule Schedule { get; init; } = LrSchedule.Constant;

    /// <summary>Learning-rate factor of the new head's parameter group relative to the backbone's.</summary>
    public double HeadLrFactor { get; init; } = 1;

    public HeadKind Head { get; init; } = HeadKind.Classification;

    /// <summary>Required for <see cref="HeadKind.Classification"/>.</summary>
    public ScoreQuantizer? Quantizer { get; init; }

    /// <summary>Weight the cross-entropy by 1 / class frequency in the training set.</summary>
    public bool ClassBalanced { get; init; }

    public InputConfig Input { get; init; } = new();

    /// <summary>Validate after every this many training items (samples); null: at the end of each epoch.</summary>
    public int? ValidateEveryItems { get; init; }

    /// <summary>What selects the best checkpoint and drives early stopping.</summary>
    public StopMetric SelectBy { get; init; } = StopMetric.ValidationLoss;

    /// <summary>Stop after this many validations without improvement; null: never stop early.</summary>
    public int? Patience { get; init; }

    /// <summary>Load the best checkpoint's weights back into the backbone and head at the end.</summary>
    public bool RestoreBest { get; init; } = true;

    public int Seed { get; init; }

    /// <summary>Save the backbone and head every this many epochs (DeepRN stage 1: every 10) into <see cref="SnapshotDirectory"/>.</summary>
    public int? SnapshotEveryEpochs { get; init; }

    /// <summary>Where epoch snapshots go (files epoch-NNNN.backbone.dat / .head.dat, TorchSharp format, written atomically).</summary>
    public string? SnapshotDirectory { get; init; }

    public void Validate()
    {
        Input.Validate();
        if (LearningRate <= 0 || BatchSize < 1 || Epochs < 1 || HeadLrFactor <= 0 || MaxSteps is < 1 || ValidateEveryItems is < 1 || Patience is < 1)
        {
            throw new ArgumentException($"TrainingConfig: expected positive LearningRate, BatchSize, Epochs, HeadLrFactor, MaxSteps, ValidateEveryItems, Patience; got {this}.");
        }

        if (Head == HeadKind.Classification && Quantizer is null)
        {
            throw new ArgumentException("TrainingConfig.Quantizer: a classification head needs a score quantiser (e.g. ScoreQuantizer.EqualBins).");
        }

        if (SnapshotEveryEpochs is < 1 || (SnapshotEveryEpochs is not null && string.IsNullOrWhiteSpace(SnapshotDirectory)))
        {
            throw new ArgumentException($"TrainingConfig.SnapshotEveryEpochs: expected ≥ 1 with a SnapshotDirectory; got {SnapshotEveryEpochs} and '{SnapshotDirectory}'.");
        }

        if (Head != HeadKind.Classification && SelectBy == StopMetric.ValidationAccuracy)
        {
            throw new ArgumentException($"TrainingConfig.SelectBy: a {Head} head has no accuracy; select by ValidationLoss.");
        }
    }
}
