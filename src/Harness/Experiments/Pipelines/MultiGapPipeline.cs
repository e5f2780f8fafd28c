using LeakSpec.Metrics;
using LeakSpec.Splitting;
using LeakSpec.Training;

namespace LeakSpec.Experiments.Pipelines;

/// <summary>Case IV (MultiGAP-NRIQA): optional regression fine-tuning → multi-level GAP features → SVR.</summary>
public static class MultiGapPipeline
{
    /// <summary>Scalar key: PLCC of the fine-tuned network used directly as the predictor (Table 3 row 7, C4.6).</summary>
    public const string EndToEndPlcc = ScalarKeys.EndToEndPlcc;

    /// <summary>Scalar key: SROCC of the fine-tuned network used directly as the predictor (C4.6).</summary>
    public const string EndToEndSrocc = ScalarKeys.EndToEndSrocc;

    public static PipelineOutcome Run(MultiGapConfig config, PipelineRun run)
    {
        using var backbone = config.Backbone.Create(run.Seed, run.Device);
        var training = config.FineTuningRun(run.Seed);
        using var tuned = config.FineTune ? Stagework.FineTune(backbone, run, training, Stages.FinetuneTrain, Stages.FinetuneVal) : null;
        var runId = tuned is null ? "pretrained" : Stagework.RunId(backbone.Name, run.Stage(Stages.FinetuneTrain), training);

        var ids = run.Stage(Stages.RegressorTrain).Concat(run.Stage(Stages.RegressorVal)).Concat(run.Stage(Stages.RegressorTest));
        var features = Stagework.ImageFeatures(backbone, run, ids, config.Features, runId);
        var (raw, predicted) = Stagework.SvrOnStages(run, features, config.Svr);
        var scalars = new Dictionary<string, double> { [ScalarKeys.RawPlcc] = raw.Plcc };
        var test = Mapped(raw, predicted, Stagework.Scores(run.Media, run.Stage(Stages.RegressorTest)), config.PlccMapping, scalars);
        var curve = tuned is null ? [] : Stagework.Curve(tuned.History).ToList();
        if (tuned is not null && config.EndToEnd)
        {
            var direct = EndToEndPredictor(config, run, backbone, tuned, training, curve);
            scalars[EndToEndPlcc] = direct.Plcc;
            scalars[EndToEndSrocc] = direct.Srocc;
        }

        return new PipelineOutcome(test, null, [.. curve], scalars);
    }

    /// <summary>
    /// Row 7 (C4.6): a fine-tuned network's regression head on the centre view of every test image — the MultiGAP
    /// network's own, or <see cref="MultiGapConfig.EndToEndBackbone"/> fine-tuned on the same stages (its curve joins
    /// the run's under "end-to-end.").
    /// </summary>
    private static MetricSet EndToEndPredictor(MultiGapConfig config, PipelineRun run, Models.IBackbone backbone, FineTuneResult tuned, TrainingConfig training, List<CurvePoint> curve)
    {
        var testIds = run.Stage(Stages.RegressorTest);
        var view = new InputConfig(CropSize: config.CropSize, Crop: CropMode.Centre);
        MetricSet Predict(Models.IBackbone network, FineTuneResult result)
        {
            var outputs = FineTuner.Predict(network, result.Head, [.. testIds.Select(run.Media.Image)], view, config.FineTuning.BatchSize, run.Device);
            return MetricSet.Compute([.. outputs.Select(o => (double)o[0])], Stagework.Scores(run.Media, testIds));
        }

        if (config.EndToEndBackbone is null)
        {
            return Predict(backbone, tuned);
        }

        using var network = config.EndToEndBackbone.Create(run.Seed, run.Device);
        using var own = Stagework.FineTune(network, run, training, Stages.FinetuneTrain, Stages.FinetuneVal);
        curve.AddRange(Stagework.Curve(own.History, "end-to-end."));
        return Predict(network, own);
    }

    /// <summary>
    /// The test metrics with PLCC and RMSE after the logistic mapping, as the authors computed Table 3. Where the fit
    /// cannot converge (a handful of tiny-data test items), the raw metrics stand and the split says so
    /// (<see cref="ScalarKeys.LogisticFitFailed"/>): MATLAB's nlinfit would warn and return its last iterate.
    /// </summary>
    private static MetricSet Mapped(MetricSet raw, double[] predicted, double[] scores, LogisticFit mapping, Dictionary<string, double> scalars)
    {
        if (mapping == LogisticFit.None)
        {
            return raw;
        }

        try
        {
            return MetricSet.Compute(predicted, scores, mapping);
        }
        catch (MetricException)
        {
            scalars[ScalarKeys.LogisticFitFailed] = 1;
            return raw;
        }
    }
}
