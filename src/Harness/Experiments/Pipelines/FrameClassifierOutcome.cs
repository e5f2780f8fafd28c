using LeakSpec.Training;

namespace LeakSpec.Experiments.Pipelines;

/// <summary>The fine-tuned frame classifier of Case II and what it reached (validation and test accuracy, the majority baseline).</summary>
/// <param name="Model">The fine-tuned network; its per-frame features feed the regressors of Case III. Disposed with the outcome.</param>
/// <param name="PredictedShares">Share of the test frames predicted in each class (Fig 5's bars).</param>
/// <param name="TrueShares">Share of the test frames truly in each class.</param>
public sealed record FrameClassifierOutcome(
    IFineTunedModel Model,
    double TestAccuracy,
    double MajorityAccuracy,
    IReadOnlyList<double> PredictedShares,
    IReadOnlyList<double> TrueShares) : IDisposable
{
    public FineTuneResult Training => Model.Result;

    public void Dispose() => Model.Dispose();
}
