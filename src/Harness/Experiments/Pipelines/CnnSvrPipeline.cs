using LeakSpec.Features;
using LeakSpec.Metrics;
using LeakSpec.Regression;
using LeakSpec.Splitting;

namespace LeakSpec.Experiments.Pipelines;

/// <summary>Cases II and III: the frame classifier (Case II) and the video regressors on its features (Case III).</summary>
public static class CnnSvrPipeline
{
    /// <summary>
    /// Case II: fine-tunes the frame classifier on the manifest's fine-tuning frames and measures its accuracy on the
    /// frames of the regressor's test videos (the paper's "test accuracy") against always predicting the training
    /// set's dominant class, at every validation (a share of the frames, for the peak) and after training (every frame).
    /// </summary>
    public static FrameClassifierOutcome FineTuneFrames(CnnSvrConfig config, PipelineRun run)
    {
        var training = config.FineTuningRun(run.Seed, run.Stage(Stages.FinetuneTrain).Count);
        var quantizer = training.Quantizer!;
        var testVideos = run.Stage(Stages.RegressorTest);
        var testClasses = testVideos.SelectMany(v => Enumerable.Repeat(quantizer.Quantize(run.Media.Item(v).Score), run.Media.Frames(v).Count)).ToArray();
        var trainClasses = Stagework.Scores(run.Media, run.Stage(Stages.FinetuneTrain)).Select(quantizer.Quantize).ToArray();
        var majority = Classification.DominantClassBaseline(testClasses, trainClasses);
        static int ArgMax<T>(T[] o) => Array.IndexOf(o, o.Max());
        var trueShares = Classification.ClassShares(testClasses, quantizer.Classes);
        double[] Shares(int[] predicted) => Classification.ClassShares(predicted, quantizer.Classes);

        var request = new FineTuneRequest(training, config.Features) { Needed = [.. RegressorVideos(run)], Probe = PeakTestFrames(config, run) };
        var model = FineTunedModel.Train(config.Backbone, config.FrozenTrunk, run, request);
        try
        {
            var predicted = model.PredictFrames(testVideos).Select(ArgMax).ToArray();
            return new FrameClassifierOutcome(model, Classification.Accuracy(predicted, testClasses), majority, Shares(predicted), trueShares);
        }
        catch
        {
            model.Dispose();
            throw;
        }
    }

    /// <summary>Case II's outcome: the classifier's curve and accuracies (no regressor).</summary>
    public static PipelineOutcome RunClassifier(CnnSvrConfig config, PipelineRun run)
    {
        using var c = FineTuneFrames(config, run);
        return new PipelineOutcome(
            new MetricSet(double.NaN, double.NaN, double.NaN, double.NaN),
            null,
            [.. Stagework.Curve(c.Training.History)],
            ClassifierScalars(c, config.FineTuning.BatchSize));
    }

    /// <summary>Case III: CNN-SVR (and, when <paramref name="lstm"/>, CNN-LSTM) on the manifest's regressor stages.</summary>
    /// <returns>The SVR's outcome, and the LSTM's test metrics when asked for.</returns>
    public static (PipelineOutcome Svr, MetricSet? Lstm) RunRegressors(CnnSvrConfig config, PipelineRun run, bool lstm)
    {
        using var tuned = config.FineTune ? FineTuneFrames(config, run) : null;
        var videos = RegressorVideos(run);
        Dictionary<string, double[][]> frames;
        if (tuned is not null)
        {
            frames = tuned.Model.VideoFeatures(videos);
        }
        else
        {
            // Without fine-tuning the features are the pretrained network's, frozen trunk or not.
            using var pretrained = config.Backbone.Create(run.Seed, run.Device);
            frames = Stagework.VideoFeatures(pretrained, run, videos, config.Features, "pretrained");
        }

        var pooling = config.PoolingFor(fineTuned: tuned is not null);
        var pooled = frames.ToDictionary(p => p.Key, p => VideoPooling.Pool(p.Value, pooling), StringComparer.Ordinal);
        var (test, _) = Stagework.SvrOnStages(run, pooled, config.Svr);
        var scalars = tuned is null ? new Dictionary<string, double>() : ClassifierScalars(tuned, config.FineTuning.BatchSize);
        var curve = tuned is null ? [] : Stagework.Curve(tuned.Training.History).ToArray();
        var outcome = new PipelineOutcome(test, null, curve, scalars);
        return (outcome, lstm ? LstmOnStages(config, run, frames) : null);
    }

    /// <summary>
    /// The test frames whose accuracy is taken at every validation: <see cref="CnnSvrConfig.PeakTestFrameFraction"/> of
    /// each regressor test video's frames, drawn per video with a seed of the run.
    /// </summary>
    private static string[] PeakTestFrames(CnnSvrConfig config, PipelineRun run)
    {
        var videos = run.Stage(Stages.RegressorTest);
        var chosen = new FrameSubsample(config.PeakTestFrameFraction, Runtime.Seeding.Derive(run.Seed, "peak-test-frames"))
            .Select([.. videos.Select(v => run.Media.Frames(v).Count)]);
        return [.. videos.SelectMany((v, k) => chosen[k].Select(i => FrameIds.Of(v, i)))];
    }

    private static IEnumerable<string> RegressorVideos(PipelineRun run) =>
        run.Stage(Stages.RegressorTrain).Concat(run.Stage(Stages.RegressorVal)).Concat(run.Stage(Stages.RegressorTest)).Distinct(StringComparer.Ordinal);

    private static MetricSet LstmOnStages(CnnSvrConfig config, PipelineRun run, IReadOnlyDictionary<string, double[][]> frames)
    {
        var trainIds = run.Stage(Stages.RegressorTrain).Concat(run.Stage(Stages.RegressorVal)).ToArray();
        var testIds = run.Stage(Stages.RegressorTest);
        var width = frames.Values.First()[0].Length;
        using var model = LstmRegressor.Train(
            Faults.RegressorInput(run, [.. trainIds.Select(v => frames[v])], Stages.RegressorTrain), Stagework.Scores(run.Media, trainIds),
            config.Lstm with { InputSize = width, Seed = run.Seed }, run.Device, run.ProgressReporter, run.Cancellation);
        var predicted = model.Predict(Faults.RegressorInput(run, [.. testIds.Select(v => frames[v])], Stages.RegressorTest));
        return MetricSet.Compute(predicted, Stagework.Scores(run.Media, testIds));
    }

    private static Dictionary<string, double> ClassifierScalars(FrameClassifierOutcome c, int batchSize)
    {
        var points = c.Training.History.Points;
        var peak = c.Training.ProbeAccuracies;
        var scalars = new Dictionary<string, double>
        {
            // The paper's "peak test accuracy": the best over the validations; without any, the kept network's.
            [ScalarKeys.TestAccuracy] = peak.Count > 0 ? peak.Max() : c.TestAccuracy,
            [ScalarKeys.KeptTestAccuracy] = c.TestAccuracy,
            [ScalarKeys.MajorityAccuracy] = c.MajorityAccuracy,
            // In mini-batch iterations, as the paper counts them ("stops at iteration 300"); steps count training items.
            [ScalarKeys.StopIteration] = points.Count == 0 ? 0 : Math.Ceiling(points[^1].Step / (double)batchSize),
            [ScalarKeys.TrainAccuracy] = points.LastOrDefault(p => p.TrainAccuracy.HasValue)?.TrainAccuracy ?? double.NaN,
            [ScalarKeys.BestStep] = c.Training.BestStep,
            [ScalarKeys.StoppedEarly] = c.Training.StopReason == "early stopping" ? 1 : 0,
        };
        for (var k = 0; k < c.PredictedShares.Count; k++)
        {
            scalars[ScalarKeys.PredictedClass(k + 1)] = c.PredictedShares[k];
            scalars[ScalarKeys.TrueClass(k + 1)] = c.TrueShares[k];
        }

        if (c.Training.BestValAccuracy is { } va)
        {
            scalars[ScalarKeys.ValAccuracy] = va;
        }

        var val = points.Where(p => p.ValAccuracy.HasValue).Select(p => p.ValAccuracy!.Value).ToArray();
        if (val.Length > 0)
        {
            scalars[ScalarKeys.PeakValAccuracy] = val.Max();
        }

        return scalars;
    }
}
