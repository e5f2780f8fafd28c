using LeakSpec.Features;
using LeakSpec.Regression;
using LeakSpec.Training;

namespace LeakSpec.Experiments.Pipelines;

/// <summary>
/// CNN-SVR and CNN-LSTM on KoNViD-1k (§"Case II" and §"Case III", Table 2): fine-tune a 5-way frame classifier
/// (classes from MOS ≤1.8/≤2.6/≤3.4/≤4.2, new head ×10, SGD momentum 0.9, lr 1e-4, batch 32, frames resized to 338 and
/// centre-cropped to 299, validation every 1,600 frames with early stopping), then avg_pool features of every frame,
/// pooled per video (max pooling, Table 2 row 8) for a Gaussian SVR, or kept as sequences for the LSTM.
/// </summary>
public sealed record CnnSvrConfig
{
    /// <summary>Inception-V3 in the paper.</summary>
    public BackboneSpec Backbone { get; init; } = new(BackboneKind.Paper, "inception-v3");

    /// <summary>Null (the paper): the whole network is fine-tuned. Set: the demo's <see cref="Pipelines.FrozenTrunk"/> substitution.</summary>
    public FrozenTrunk? FrozenTrunk { get; init; }

    /// <summary>False: features of the pretrained network (Table 2 rows 8 and 10).</summary>
    public bool FineTune { get; init; } = true;

    public int? ResizeShorterTo { get; init; } = 338;

    public int? CropSize { get; init; } = 299;

    public double LearningRate { get; init; } = 1e-4;

    public double Momentum { get; init; } = 0.9;

    public OptimizerKind Optimizer { get; init; } = OptimizerKind.Sgd;

    public int BatchSize { get; init; } = 32;

    public double HeadLrFactor { get; init; } = 10;

    public int Epochs { get; init; } = 10;

    /// <summary>Validation interval in frames: 1,600 in the clean reimplementation (32,000–33,000 in the original).</summary>
    public int ValidateEveryFrames { get; init; } = 1600;

    /// <summary>Validations without improvement before stopping (not given in the paper; 5 is our choice).</summary>
    public int Patience { get; init; } = 5;

    /// <summary>How frame features become a video feature for the SVR.</summary>
    public PoolingKind Pooling { get; init; } = PoolingKind.Max;

    public MatlabSvrOptions Svr { get; init; } = new();

    /// <summary>The LSTM of CNN-LSTM; its input width is set from the backbone at run time.</summary>
    public LstmConfig Lstm { get; init; } = new();

    public InputConfig Input => InputConfig.CentreView(ResizeShorterTo, CropSize);

    public TrainingConfig Training(int seed) => new()
    {
        Optimizer = Optimizer,
        LearningRate = LearningRate,
        Momentum = Momentum,
        BatchSize = BatchSize,
        Epochs = Epochs,
        HeadLrFactor = HeadLrFactor,
        Quantizer = ScoreQuantizer.CnnSvr,
        Input = Input,
        ValidateEveryItems = ValidateEveryFrames,
        SelectBy = StopMetric.ValidationLoss,
        Patience = Patience,
        Seed = seed,
    };

    public FeatureSettings Features => new(FeatureMode.LastPooling, Input);
}
