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

    /// <summary>
    /// Paper §"Case III", end-to-end: head FC 1024-512-32-1 (ReLU, dropout 0.25), head lr ×10, lr ×0.75 per epoch, 10
    /// epochs. The paper gives only the head factor and the decay: optimiser, base rate and batch are ours, those of the
    /// CNN-SVR fine-tuning of the same network (SGD, momentum 0.9, lr 1e-4) with the paper's batch of 32.
    /// </summary>
    public TrainingConfig FineTuning { get; init; } = new()
    {
        Optimizer = OptimizerKind.Sgd,
        LearningRate = 1e-4,
        Momentum = 0.9,
        BatchSize = 32,
        Epochs = 10,
        Head = HeadKind.EndToEnd,
        HeadLrFactor = 10,
        Schedule = LrSchedule.PerEpoch(0.75),
        SelectBy = StopMetric.ValidationLoss,
    };

    public InputConfig Input => InputConfig.CentreView(ResizeShorterTo, CropSize);

    public TrainingConfig FineTuningRun(int seed) => FineTuning with { Input = Input, Seed = seed };
}
