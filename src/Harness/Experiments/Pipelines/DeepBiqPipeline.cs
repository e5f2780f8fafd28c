using LeakSpec.Datasets;
using LeakSpec.Splitting;

namespace LeakSpec.Experiments.Pipelines;

/// <summary>Case I (DeepBIQ): fine-tune → averaged crop features → SVR, on whatever stages the manifest gives.</summary>
public static class DeepBiqPipeline
{
    public static PipelineOutcome Run(DeepBiqConfig config, PipelineRun run)
    {
        var spec = DatasetCatalog.Get(run.Media.Dataset.Kind);
        var hasVal = run.Stage(Stages.FinetuneVal).Count > 0;
        var training = config.Training(spec.ScoreMin, spec.ScoreMax, hasVal, run.Seed);
        using var backbone = config.Backbone.Create(run.Seed, run.Device);
        using var tuned = Stagework.FineTune(backbone, run, training, Stages.FinetuneTrain, Stages.FinetuneVal);

        var runId = Stagework.RunId(backbone.Name, run.Stage(Stages.FinetuneTrain), training);
        var ids = run.Stage(Stages.RegressorTrain).Concat(run.Stage(Stages.RegressorVal)).Concat(run.Stage(Stages.RegressorTest));
        var features = Stagework.ImageFeatures(backbone, run, ids, config.Features(run.Seed), runId);
        var (test, _) = Stagework.SvrOnStages(run, features, config.Svr);

        var last = tuned.History.Points.LastOrDefault();
        var scalars = new Dictionary<string, double>
        {
            [ScalarKeys.FineTuneEpochs] = hasVal ? tuned.BestEpoch : last?.Epoch ?? 0,
            [ScalarKeys.TrainAccuracy] = last?.TrainAccuracy ?? double.NaN,
        };
        if (tuned.BestValAccuracy is { } va)
        {
            scalars[ScalarKeys.ValAccuracy] = va;
        }

        return new PipelineOutcome(test, null, [.. Stagework.Curve(tuned.History)], scalars);
    }
}
