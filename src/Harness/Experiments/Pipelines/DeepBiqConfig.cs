using LeakSpec.Features;
using LeakSpec.Regression;
using LeakSpec.Training;

namespace LeakSpec.Experiments.Pipelines;

/// <summary>
/// DeepBIQ as the paper reimplemented it (§"Case I", Table 1): fine-tune a classifier on MOS quantised into five equal
/// bins (class-balanced), validate every epoch and stop after 25 epochs without improvement; then fc7-role features of
/// n = 30 random crops averaged per image, and an ε-SVR on train+val (80 %) tested on the held-out 20 %. When the
/// manifest has no fine-tuning validation set (the leaky variant fine-tunes on everything) the run trains a fixed
/// number of iterations instead (4,900 in the paper), since there is nothing to stop on.
/// </summary>
public sealed record DeepBiqConfig
{
    /// <summary>CaffeNet (ImageNet+Places) in the paper; AlexNet is the nearest TorchVision network.</summary>
    public BackboneSpec Backbone { get; init; } = new(BackboneKind.Paper, "alexnet", Substitutes: "CaffeNet (ImageNet+Places)");

    /// <summary>Null (the paper): the whole network is fine-tuned. Set: the demo's <see cref="Pipelines.FrozenTrunk"/> substitution.</summary>
    public FrozenTrunk? FrozenTrunk { get; init; }

    /// <summary>Random 227×227 crops (CaffeNet's input).</summary>
    public int CropSize { get; init; } = 227;

    /// <summary>Optional resize of the shorter side before cropping (null: as stored).</summary>
    public int? ResizeShorterTo { get; init; }

    /// <summary>SGD, lr 0.001, batch 83 (paper §"Case I").</summary>
    public OptimizerKind Optimizer { get; init; } = OptimizerKind.Sgd;

    public double LearningRate { get; init; } = 0.001;

    public double Momentum { get; init; }

    public int BatchSize { get; init; } = 83;

    /// <summary>Epochs without validation improvement before stopping (25 in the paper).</summary>
    public int Patience { get; init; } = 25;

    /// <summary>Upper bound on epochs of the clean run (the paper's stopped after 36 ± 7).</summary>
    public int MaxEpochs { get; init; } = 500;

    /// <summary>Iterations of the leaky run, which has no validation set (4,900 in the paper).</summary>
    public int LeakyIterations { get; init; } = 4900;

    /// <summary>Random crops averaged per image for the features (n = 30 in the paper).</summary>
    public int FeatureCrops { get; init; } = 30;

    public bool ClassBalanced { get; init; } = true;

    public MatlabSvrOptions Svr { get; init; } = new();

    /// <summary>The fine-tuning configuration for a dataset of score range [min, max], with or without a validation set.</summary>
    public TrainingConfig Training(double minScore, double maxScore, bool hasValidation, int seed) => new()
    {
        Optimizer = Optimizer,
        LearningRate = LearningRate,
        Momentum = Momentum,
        BatchSize = BatchSize,
        Epochs = hasValidation ? MaxEpochs : int.MaxValue,
        MaxSteps = hasValidation ? null : LeakyIterations,
        Quantizer = ScoreQuantizer.EqualBins(minScore, maxScore),
        ClassBalanced = ClassBalanced,
        Input = new InputConfig(ResizeShorterTo, CropSize, CropMode.Random),
        SelectBy = StopMetric.ValidationAccuracy,
        Patience = hasValidation ? Patience : null,
        RestoreBest = hasValidation,
        Seed = seed,
    };

    public FeatureSettings Features(int seed) =>
        new(FeatureMode.LastPooling, new InputConfig(ResizeShorterTo, CropSize, CropMode.Random), FeatureCrops, seed);
}
