using LeakSpec.Metrics;
using LeakSpec.Splitting;

namespace LeakSpec.Experiments.Pipelines;

/// <summary>C3.11: the network regresses frame scores itself; a video's prediction is the mean over its frames.</summary>
public static class EndToEndPipeline
{
    public static PipelineOutcome Run(EndToEndConfig config, PipelineRun run)
    {
        var testIds = run.Stage(Stages.RegressorTest);
        var request = new FineTuneRequest(config.FineTuningRun(run.Seed)) { Needed = testIds };
        using var model = FineTunedModel.Train(config.Backbone, config.FrozenTrunk, run, request);

        // One pass per video, so a video's score does not depend on which videos share its batches.
        var predicted = testIds.Select(v => model.PredictFrames([v]).Average(o => o[0])).ToArray();
        var test = MetricSet.Compute(predicted, Stagework.Scores(run.Media, testIds));
        return new PipelineOutcome(test, null, [.. Stagework.Curve(model.Result.History)], new Dictionary<string, double>());
    }
}
