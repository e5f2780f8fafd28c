using LeakSpec.Metrics;
using LeakSpec.Splitting;
using LeakSpec.Training;

namespace LeakSpec.Experiments.Pipelines;

/// <summary>C3.11: the network regresses frame scores itself; a video's prediction is the mean over its frames.</summary>
public static class EndToEndPipeline
{
    public static PipelineOutcome Run(EndToEndConfig config, PipelineRun run)
    {
        var testIds = run.Stage(Stages.RegressorTest);
        if (config.FrozenTrunk is { } frozen)
        {
            using var head = TunedHead.Train(frozen, config.Backbone, config.Input, run, config.FineTuningRun(run.Seed), Stages.FinetuneTrain, Stages.FinetuneVal, testIds);
            var scores = testIds.Select(v => head.Predict(TunedHead.FrameIdsOf(run.Media, v)).Average(o => o[0])).ToArray();
            return new PipelineOutcome(MetricSet.Compute(scores, Stagework.Scores(run.Media, testIds)), null, [.. Stagework.Curve(head.Result.History)], new Dictionary<string, double>());
        }

        using var backbone = config.Backbone.Create(run.Seed, run.Device);
        using var tuned = Stagework.FineTune(backbone, run, config.FineTuningRun(run.Seed), Stages.FinetuneTrain, Stages.FinetuneVal);
        var predicted = testIds
            .Select(v => FineTuner.Predict(backbone, tuned.Head, run.Media.Frames(v), config.Input, config.FineTuning.BatchSize, run.Device).Average(o => (double)o[0]))
            .ToArray();
        var test = MetricSet.Compute(predicted, Stagework.Scores(run.Media, testIds));
        return new PipelineOutcome(test, null, [.. Stagework.Curve(tuned.History)], new Dictionary<string, double>());
    }
}
