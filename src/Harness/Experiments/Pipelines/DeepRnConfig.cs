using LeakSpec.Regression;
using LeakSpec.Training;

namespace LeakSpec.Experiments.Pipelines;

/// <summary>
/// DeepRN under Case I (§"The Case of DeepRN", Fig 8). Stage 1: a classifier on five score classes (score / 20) trained
/// on all of KonIQ-10k, lr 0.01 divided by 10 every 50 epochs, a model saved every 10 epochs. Stage 2, on each saved
/// model, with the official split: spatial pyramid pooling of the last feature map and a small fully connected network
/// predicting the score distribution; SROCC between the distribution means and the MOS.
/// </summary>
public sealed record DeepRnConfig
{
    /// <summary>DeepRN builds on ResNet-101.</summary>
    public BackboneSpec Backbone { get; init; } = new(BackboneKind.Paper, "resnet-101");

    public int? ResizeShorterTo { get; init; } = 384;

    public int? CropSize { get; init; }

    /// <summary>
    /// Stage 1, paper §"The Case of DeepRN": five classes of score / 20, lr 0.01 divided by 10 every 50 epochs, 150 epochs
    /// (Fig 8's axis), a model saved every 10 epochs; the last network kept. Momentum and batch size are not given in the
    /// paper: 0.9 and 32 are ours. The input, snapshot folder and seed are set per run (<see cref="Stage1"/>).
    /// </summary>
    public TrainingConfig FineTuning { get; init; } = new()
    {
        Optimizer = OptimizerKind.Sgd,
        LearningRate = 0.01,
        Momentum = 0.9,
        BatchSize = 32,
        Epochs = 150,
        Schedule = LrSchedule.StepDecay(50),
        Quantizer = ScoreQuantizer.DeepRn,
        RestoreBest = false,
        SnapshotEveryEpochs = 10,
    };

    public DistributionRegressorConfig Stage2 { get; init; } = new();

    /// <summary>
    /// 1: the paper trained DeepRN once (one Fig 8 curve; the official split is the same for every split seed, so more
    /// "splits" would only repeat the training with another seed). Null (Demo, Fast): one training per split, each
    /// with the split's seed — the sample order, the head's initialisation and stage 2's — over the same official split.
    /// </summary>
    public int? Trainings { get; init; } = 1;

    public InputConfig Input => InputConfig.CentreView(ResizeShorterTo, CropSize);

    /// <summary>Stage 1: one run on the fine-tuning set, saving backbone and head every <see cref="TrainingConfig.SnapshotEveryEpochs"/> epochs.</summary>
    public TrainingConfig Stage1(int seed, string snapshotDirectory) => FineTuning with
    {
        Input = Input,
        SnapshotDirectory = snapshotDirectory,
        Seed = seed,
    };
}
