namespace LeakSpec.Regression;

/// <summary>
/// DeepRN's stage-2 network: a small fully connected network from pooled features to a distribution over the five
/// score classes (softmax), trained with the cross-entropy against the raters' vote distribution. The paper gives no
/// widths or rates for it; these defaults are ours.
/// </summary>
public sealed record DistributionRegressorConfig(
    int Hidden = 256,
    double Dropout = 0.25,
    double LearningRate = 1e-3,
    int BatchSize = 64,
    int Epochs = 60,
    int Patience = 8,
    int Seed = 0);
