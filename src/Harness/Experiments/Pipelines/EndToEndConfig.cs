using LeakSpec.Training;

namespace LeakSpec.Experiments.Pipelines;

/// <summary>
/// The end-to-end Inception-V3 baseline of Table 2 (C3.11): regression head FC 1024-512-32-1 (ReLU, dropout 0.25),
/// head lr ×10, lr × 0.75 per epoch, 10 epochs, trained on 20 % of the frames; a video's score is its frames' mean.
/// </summary>
public sealed record EndToEndConfig
{
    public BackboneSpec Backbone { get; init; } = new(BackboneKind.Paper, "inception-v3");

    /// <summary>Null (the paper): the whole network is fine-tuned. Set: the demo's <see cref="Pipelines.FrozenTrunk"/> substitution.</summary>
    public FrozenTrunk? FrozenTrunk { get; init; }

    public int? ResizeShorterTo { get; init; } = 338;

    public int? CropSize { get; init; } = 299;

    public OptimizerKind Optimizer { get; init; } = OptimizerKind.Sgd;

    public double LearningRate { get; init; } = 1e-4;

    public double Momentum { get; init; } = 0.9;

    public int BatchSize { get; init; } = 32;

    public int Epochs { get; init; } = 10;

    public InputConfig Input => InputConfig.CentreView(ResizeShorterTo, CropSize);

    public TrainingConfig Training(int seed) => new()
    {
        Optimizer = Optimizer,
        LearningRate = LearningRate,
        Momentum = Momentum,
        BatchSize = BatchSize,
        Epochs = Epochs,
        Head = HeadKind.EndToEnd,
        HeadLrFactor = 10,
        Schedule = LrSchedule.PerEpoch(0.75),
        Input = Input,
        SelectBy = StopMetric.ValidationLoss,
        Seed = seed,
    };
}
