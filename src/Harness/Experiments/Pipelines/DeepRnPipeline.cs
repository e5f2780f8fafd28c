using LeakSpec.Datasets;
using LeakSpec.Features;
using LeakSpec.Metrics;
using LeakSpec.Regression;
using LeakSpec.Splitting;
using LeakSpec.Training;

namespace LeakSpec.Experiments.Pipelines;

/// <summary>DeepRN: stage 1 on the manifest's fine-tuning set, stage 2 on every saved stage-1 model (Fig 8).</summary>
public static class DeepRnPipeline
{
    public static PipelineOutcome Run(DeepRnConfig config, PipelineRun run)
    {
        using var backbone = config.Backbone.Create(run.Seed, run.Device);
        var stage1 = Stagework.Labeled(run.Media, run.Stage(Stages.FinetuneTrain));
        var stage1Images = new LazyImageList(stage1.Count, i => stage1[i].Load());
        var stage1Scores = stage1.Select(i => i.Score).ToArray();
        var snapshots = Directory.CreateTempSubdirectory("leakspec-deeprn-");
        try
        {
            var training = config.Stage1(run.Seed, snapshots.FullName);
            using var tuned = FineTuner.Train(backbone, stage1, null, training, run.Device, run.ProgressReporter, run.Cancellation);
            var curve = new List<CurvePoint>();
            MetricSet? lastTest = null, lastTrain = null;
            double bestTrain = double.NegativeInfinity, bestTest = double.NegativeInfinity;
            foreach (var (saved, path) in tuned.Snapshots.Select(p => (Epoch(p), p)))
            {
                // Each saved model as it was at that epoch: its backbone for stage 2, its head for stage 1's own SROCC.
                backbone.Module.load(path);
                tuned.Head.load(path.Replace(".backbone.dat", ".head.dat", StringComparison.Ordinal));
                var logits = FineTuner.Predict(backbone, tuned.Head, stage1Images, config.Input, config.FineTuning.BatchSize, run.Device);
                curve.Add(new CurvePoint(saved, "stage1.srocc", Correlations.Srocc(MeanClass(logits), stage1Scores)));

                var (train, test) = Stage2(config, run, backbone);
                curve.Add(new CurvePoint(saved, "train.srocc", train.Srocc));
                curve.Add(new CurvePoint(saved, "test.srocc", test.Srocc));
                run.Progress?.Invoke(FormattableString.Invariant($"epoch {saved}: stage-2 SROCC train {train.Srocc:F3}, test {test.Srocc:F3}"));
                bestTrain = Math.Max(bestTrain, train.Srocc);
                bestTest = Math.Max(bestTest, test.Srocc);
                (lastTrain, lastTest) = (train, test);
            }

            var scalars = new Dictionary<string, double>
            {
                [ScalarKeys.FinalTestSrocc] = lastTest!.Srocc,
                [ScalarKeys.BestTrainSrocc] = bestTrain,
                [ScalarKeys.BestTestSrocc] = bestTest,
                [ScalarKeys.Stage1PlateauEpoch] = PlateauEpoch(curve.Where(p => p.Series == "stage1.srocc").ToArray()),
            };
            // Stage 1 checkpoints once per epoch (no validation set): its curve shares the saved models' epoch axis (Fig 8).
            return new PipelineOutcome(lastTest, lastTrain, [.. curve, .. Stagework.Curve(tuned.History, "stage1.", byEpoch: true)], scalars);
        }
        finally
        {
            snapshots.Delete(recursive: true);
        }
    }

    /// <summary>
    /// The first saved epoch whose stage-1 SROCC is within 0.01 of the best it ever reaches (D.1's "stops improving").
    /// A saved model whose predictions are all equal has no SROCC (NaN) and takes no part; NaN when none has one.
    /// </summary>
    private static double PlateauEpoch(CurvePoint[] stage1)
    {
        var ranked = stage1.Where(p => double.IsFinite(p.Value)).ToArray();
        if (ranked.Length == 0)
        {
            return double.NaN;
        }

        var best = ranked.Max(p => p.Value);
        return ranked.OrderBy(p => p.Step).First(p => p.Value >= best - 0.01).Step;
    }

    /// <summary>The epoch in a snapshot file name (epoch-0040.backbone.dat).</summary>
    private static int Epoch(string path) =>
        int.Parse(Path.GetFileName(path).AsSpan(6, 4), System.Globalization.CultureInfo.InvariantCulture);

    private static (MetricSet Train, MetricSet Test) Stage2(DeepRnConfig config, PipelineRun run, Models.IBackbone backbone)
    {
        double[][] Features(IReadOnlyList<string> ids, string stage) => Faults.RegressorInput(
            run, SpatialPyramidPooling.Extract(backbone, new LazyImageList(ids.Count, i => run.Media.Image(ids[i])), config.Input, run.Device, batchSize: config.FineTuning.BatchSize), stage);
        double[][] Votes(IReadOnlyList<string> ids) => [.. ids.Select(id => Distribution(run.Media.Item(id)))];

        var trainIds = run.Stage(Stages.RegressorTrain);
        var valIds = run.Stage(Stages.RegressorVal);
        var testIds = run.Stage(Stages.RegressorTest);
        var trainX = Features(trainIds, Stages.RegressorTrain);
        var testX = Features(testIds, Stages.RegressorTest);
        using var model = DistributionRegressor.Train(
            trainX, Votes(trainIds), Features(valIds, Stages.RegressorVal), Votes(valIds), config.Stage2 with { Seed = run.Seed }, run.Device);
        return (
            MetricSet.Compute(model.PredictMean(trainX), Stagework.Scores(run.Media, trainIds)),
            MetricSet.Compute(model.PredictMean(testX), Stagework.Scores(run.Media, testIds)));
    }

    private static double[] Distribution(DatasetItem item) =>
        item.Distribution?.ToArray()
        ?? throw new DatasetFormatException(item.Path, null, $"item '{item.Id}' has no vote distribution (c1..c5); DeepRN's stage 2 needs KonIQ-10k's koniq10k_distributions_sets.csv");

    private static double[] MeanClass(float[][] logits) =>
        [.. logits.Select(l =>
        {
            var max = l.Max();
            var e = l.Select(v => Math.Exp(v - max)).ToArray();
            var sum = e.Sum();
            return e.Select((p, k) => p / sum * (k + 1)).Sum();
        })];
}
