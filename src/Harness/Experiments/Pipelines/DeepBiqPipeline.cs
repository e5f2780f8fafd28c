using LeakSpec.Datasets;
using LeakSpec.Splitting;
using LeakSpec.Training;

namespace LeakSpec.Experiments.Pipelines;

/// <summary>Case I (DeepBIQ): fine-tune → averaged crop features → SVR, on whatever stages the manifest gives.</summary>
public static class DeepBiqPipeline
{
    public static PipelineOutcome Run(DeepBiqConfig config, PipelineRun run)
    {
        var spec = DatasetCatalog.Get(run.Media.Dataset.Kind);
        var hasVal = run.Stage(Stages.FinetuneVal).Count > 0;
        var training = config.FineTuningRun(spec.ScoreMin, spec.ScoreMax, hasVal, run.Seed);
        var ids = run.Stage(Stages.RegressorTrain).Concat(run.Stage(Stages.RegressorVal)).Concat(run.Stage(Stages.RegressorTest)).ToArray();
        var request = new FineTuneRequest(training, config.Features(run.Seed))
        {
            // The frozen trunk's one cached view per item is the whole image (a crop would be the same crop every epoch anyway).
            FrozenView = InputConfig.CentreView(config.ResizeShorterTo, cropSize: null),
            Needed = ids,
        };
        using var model = FineTunedModel.Train(config.Backbone, config.FrozenTrunk, run, request);
        return Outcome(config, run, hasVal, model.Result, model.ImageFeatures(ids));
    }

    /// <summary>The SVR on the regressor stages and the fine-tuning's scalars and curve.</summary>
    private static PipelineOutcome Outcome(DeepBiqConfig config, PipelineRun run, bool hasVal, FineTuneResult tuned, IReadOnlyDictionary<string, double[]> features)
    {
        var (test, _) = Stagework.SvrOnStages(run, features, config.Svr);
        var last = tuned.History.Points.LastOrDefault();
        var scalars = new Dictionary<string, double>
        {
            // Epochs run, as the paper counts them ("stopped after an average of 36 epochs"); the best epoch beside it.
            [ScalarKeys.FineTuneEpochs] = last?.Epoch ?? 0,
            [ScalarKeys.BestEpoch] = hasVal ? tuned.BestEpoch : last?.Epoch ?? 0,
            [ScalarKeys.StoppedEarly] = tuned.StopReason == "early stopping" ? 1 : 0,
            [ScalarKeys.TrainAccuracy] = last?.TrainAccuracy ?? double.NaN,
        };
        if (tuned.BestValAccuracy is { } va)
        {
            scalars[ScalarKeys.ValAccuracy] = va;
        }

        return new PipelineOutcome(test, null, [.. Stagework.Curve(tuned.History)], scalars);
    }
}
