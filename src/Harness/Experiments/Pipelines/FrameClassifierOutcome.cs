using LeakSpec.Training;

namespace LeakSpec.Experiments.Pipelines;

/// <summary>The fine-tuned frame classifier of Case II and what it reached (validation and test accuracy, the majority baseline).</summary>
/// <param name="PredictedShares">Share of the test frames predicted in each class (Fig 5's bars).</param>
/// <param name="TrueShares">Share of the test frames truly in each class.</param>
/// <param name="VideoFeatures">Per-frame features of videos from the fine-tuned network, for the regressors of Case III.</param>
/// <param name="Owner">What holds the fine-tuned weights (the backbone and head, or the tuned head over a frozen trunk).</param>
public sealed record FrameClassifierOutcome(
    FineTuneResult Training,
    double TestAccuracy,
    double MajorityAccuracy,
    IReadOnlyList<double> PredictedShares,
    IReadOnlyList<double> TrueShares,
    Func<IEnumerable<string>, Dictionary<string, double[][]>> VideoFeatures,
    IDisposable Owner) : IDisposable
{
    public void Dispose() => Owner.Dispose();
}
