using LeakSpec.Models;
using LeakSpec.Training;

namespace LeakSpec.Experiments.Pipelines;

/// <summary>The fine-tuned frame classifier of Case II and what it reached (validation and test accuracy, the majority baseline).</summary>
public sealed record FrameClassifierOutcome(
    IBackbone Backbone,
    FineTuneResult Training,
    string RunId,
    double TestAccuracy,
    double MajorityAccuracy) : IDisposable
{
    public void Dispose()
    {
        Training.Dispose();
        Backbone.Dispose();
    }
}
