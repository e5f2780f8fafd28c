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

    /// <summary>
    /// The clean fine-tuning, paper §"Case I": SGD at lr 0.001, batch 83, MOS in five equal bins with a class-balanced
    /// loss, validated every epoch, the best validation accuracy kept, stopped after 25 epochs without improvement; 500
    /// epochs at most (ours: the paper's clean runs stopped after 36 ± 7). The run's quantiser, input and seed are
    /// set per dataset and split (<see cref="FineTuningRun"/>).
    /// </summary>
    public TrainingConfig FineTuning { get; init; } = new()
    {
        Optimizer = OptimizerKind.Sgd,
        LearningRate = 0.001,
        BatchSize = 83,
        Epochs = 500,
        ClassBalanced = true,
        SelectBy = StopMetric.ValidationAccuracy,
        Patience = 25,
        RestoreBest = true,
    };

    /// <summary>Iterations of the leaky run, which has no validation set (4,900 in the paper).</summary>
    public int LeakyIterations { get; init; } = 4900;

    /// <summary>Random crops averaged per image for the features (n = 30 in the paper).</summary>
    public int FeatureCrops { get; init; } = 30;

    public MatlabSvrOptions Svr { get; init; } = new();

    /// <summary>
    /// The fine-tuning run for a dataset of score range [min, max]. Without a validation set (the leaky variant
    /// fine-tunes on everything) there is nothing to select or stop on: <see cref="LeakyIterations"/> steps, the last
    /// network kept.
    /// </summary>
    public TrainingConfig FineTuningRun(double minScore, double maxScore, bool hasValidation, int seed)
    {
        var run = FineTuning with
        {
            Quantizer = ScoreQuantizer.EqualBins(minScore, maxScore),
            Input = new InputConfig(ResizeShorterTo, CropSize, CropMode.Random),
            Seed = seed,
        };
        return hasValidation ? run : run with { Epochs = int.MaxValue, MaxSteps = LeakyIterations, Patience = null, RestoreBest = false };
    }

    public FeatureSettings Features(int seed) =>
        new(FeatureMode.LastPooling, new InputConfig(ResizeShorterTo, CropSize, CropMode.Random), FeatureCrops, seed);
}
