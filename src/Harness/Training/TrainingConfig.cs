namespace LeakSpec.Training;

/// <summary>Everything a fine-tuning run depends on; the presets carry the paper's values.</summary>
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

    /// <summary>Paper §"Case I" (DeepBIQ, clean): SGD lr 0.001, batch 83, 5 equal MOS bins, class-balanced, random 227 crops, stop after 25 epochs without improvement.</summary>
    public static TrainingConfig DeepBiq(double minScore, double maxScore, int seed) => new()
    {
        Optimizer = OptimizerKind.Sgd, LearningRate = 0.001, BatchSize = 83, Epochs = 1000, Quantizer = ScoreQuantizer.EqualBins(minScore, maxScore),
        ClassBalanced = true, Input = new InputConfig(CropSize: 227, Crop: CropMode.Random), SelectBy = StopMetric.ValidationAccuracy, Patience = 25, Seed = seed,
    };

    /// <summary>
    /// Paper §"Case II" (CNN-SVR) as the authors' <c>main_ft.m</c> ran it: SGD momentum 0.9, lr 1e-4, L2 1e-4 (MATLAB's
    /// default), batch 64 (the paper's text: 32), new 5-way head ×10, resize 338 / centre 299, validate every 1,600 frames
    /// (the paper's text; the pipeline's <c>CnnSvrConfig</c> derives main_ft.m's twentieth of an epoch from the set's
    /// size), stop after 3 validations without an accuracy gain (<c>stopIfAccuracyNotImproving</c>, N = 3), keep the
    /// last network (trainNetwork's).
    /// </summary>
    public static TrainingConfig CnnSvr(int seed) => new()
    {
        Optimizer = OptimizerKind.Sgd, LearningRate = 1e-4, Momentum = 0.9, WeightDecay = 1e-4, BatchSize = 64, Epochs = 10, HeadLrFactor = 10, Quantizer = ScoreQuantizer.CnnSvr,
        Input = new InputConfig(ResizeShorterTo: 338, CropSize: 299, Crop: CropMode.Centre), ValidateEveryItems = 1600,
        SelectBy = StopMetric.ValidationAccuracy, Patience = 3, RestoreBest = false, Seed = seed,
    };

    /// <summary>Paper §"Case IV" (MultiGAP-NRIQA): regression head, Adam lr 1e-4, batch 28, 20 random crops per image labelled with its score.</summary>
    public static TrainingConfig MultiGap(int cropSize, int seed) => new()
    {
        Optimizer = OptimizerKind.Adam, LearningRate = 1e-4, BatchSize = 28, Epochs = 10, Head = HeadKind.Regression,
        Input = new InputConfig(CropSize: cropSize, Crop: CropMode.Random, CropsPerImage: 20), Seed = seed,
    };

    /// <summary>Paper §"The Case of DeepRN", stage 1: 5 classes of score / 20, lr 0.01 ÷10 every 50 epochs (snapshots every 10 epochs are the caller's).</summary>
    public static TrainingConfig DeepRn(int seed) => new()
    {
        // Momentum and batch size are not given in the paper; 0.9 and 32 are our assumption.
        Optimizer = OptimizerKind.Sgd, LearningRate = 0.01, Momentum = 0.9, BatchSize = 32, Epochs = 150, Schedule = LrSchedule.StepDecay(50),
        Quantizer = ScoreQuantizer.DeepRn, SnapshotEveryEpochs = 10, Seed = seed,
    };

    /// <summary>Paper §"Case III", end-to-end: head FC 1024-512-32-1 (ReLU, dropout 0.25), head lr ×10, lr ×0.75 per epoch, 10 epochs.</summary>
    public static TrainingConfig EndToEnd(int seed) => new()
    {
        // Optimiser and base rate as the CNN-SVR fine-tuning of the same network (the paper gives only the head factor and decay).
        Optimizer = OptimizerKind.Sgd, LearningRate = 1e-4, Momentum = 0.9, BatchSize = 32, Epochs = 10, Head = HeadKind.EndToEnd, HeadLrFactor = 10,
        Schedule = LrSchedule.PerEpoch(0.75), Input = new InputConfig(ResizeShorterTo: 338, CropSize: 299, Crop: CropMode.Centre), Seed = seed,
    };

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
