using LeakSpec.Features;
using LeakSpec.Metrics;
using LeakSpec.Models;
using LeakSpec.Regression;
using LeakSpec.Splitting;
using LeakSpec.Training;

namespace LeakSpec.Experiments.Pipelines;

/// <summary>The steps every pipeline shares: labelled inputs from stage lists, fine-tuning, features, the SVR.</summary>
public static class Stagework
{
    /// <summary>Training items for a stage's ids: images, or frames (<c>video#0042</c>) labelled with their video's score.</summary>
    public static IReadOnlyList<LabeledImage> Labeled(MediaStore media, IReadOnlyList<string> ids) =>
        [.. ids.Select(id => FrameIds.IsFrame(id)
            ? new LabeledImage(id, () => media.Frame(id), media.Item(FrameIds.VideoOf(id)).Score)
            : new LabeledImage(id, () => media.Image(id), media.Item(id).Score))];

    /// <summary>The dataset scores of items (videos for frame ids).</summary>
    public static double[] Scores(MediaStore media, IEnumerable<string> ids) =>
        [.. ids.Select(id => media.Item(FrameIds.VideoOf(id)).Score)];

    /// <summary>Fine-tunes on a training stage, validating on a validation stage when the manifest has one.</summary>
    /// <param name="probeIds">Items whose accuracy is taken at every validation (<see cref="FineTuneResult.ProbeAccuracies"/>), or null.</param>
    public static FineTuneResult FineTune(IBackbone backbone, PipelineRun run, TrainingConfig config, string trainStage, string valStage, IReadOnlyList<string>? probeIds = null)
    {
        var train = Labeled(run.Media, run.Stage(trainStage));
        var valIds = run.Stage(valStage);
        var val = valIds.Count == 0 ? null : Labeled(run.Media, valIds);
        run.Progress?.Invoke($"fine-tuning {backbone.Name} on {train.Count} items, validating on {val?.Count ?? 0}");
        var probe = probeIds is null ? null : Labeled(run.Media, probeIds);
        return FineTuner.Train(backbone, train, val, probe, config, run.Device, run.ProgressReporter, run.Cancellation);
    }

    /// <summary>
    /// The fine-tuning curve as report curve points ("train.loss", "val.acc", …) against items seen, or against the
    /// epoch when <paramref name="byEpoch"/> (DeepRN, whose every other series is per saved epoch).
    /// </summary>
    public static IEnumerable<CurvePoint> Curve(TrainingHistory history, string prefix = "", bool byEpoch = false)
    {
        foreach (var p in history.Points)
        {
            double x = byEpoch ? p.Epoch : p.Step;
            yield return new CurvePoint(x, prefix + "train.loss", p.TrainLoss);
            if (p.TrainAccuracy is { } ta)
            {
                yield return new CurvePoint(x, prefix + "train.acc", ta);
            }

            if (p.ValLoss is { } vl)
            {
                yield return new CurvePoint(x, prefix + "val.loss", vl);
            }

            if (p.ValAccuracy is { } va)
            {
                yield return new CurvePoint(x, prefix + "val.acc", va);
            }
        }
    }

    /// <summary>Image features of the given ids (the run id keys the cache to the fine-tuned weights).</summary>
    public static Dictionary<string, double[]> ImageFeatures(IBackbone backbone, PipelineRun run, IEnumerable<string> ids, FeatureSettings settings, string runId)
    {
        var list = ids.Distinct(StringComparer.Ordinal).ToArray();
        var items = list.Select(id => new FeatureItem(id, () => run.Media.Image(id))).ToArray();
        run.Progress?.Invoke($"extracting {settings.Mode} features of {items.Length} images");
        var rows = FeatureExtractor.Extract(backbone, items, settings, run.Device, run.Cache, runId, run.Cancellation);
        return list.Zip(rows).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
    }

    /// <summary>Per-frame features of each video, in frame order.</summary>
    /// <remarks>
    /// Videos go to the extractor 64 at a time: one call hashes the weights once (45 MB for ResNet18) and batches frames
    /// across videos, where a call per video spent most of its time hashing; 64 videos' frames stay in memory together.
    /// </remarks>
    public static Dictionary<string, double[][]> VideoFeatures(IBackbone backbone, PipelineRun run, IEnumerable<string> videoIds, FeatureSettings settings, string runId)
    {
        var list = videoIds.Distinct(StringComparer.Ordinal).ToArray();
        run.Progress?.Invoke($"extracting per-frame features of {list.Length} videos");
        var result = new Dictionary<string, double[][]>(StringComparer.Ordinal);
        foreach (var chunk in list.Chunk(64))
        {
            var frames = chunk.Select(v => FeatureItem.FromVideo(v, run.Media.Frames(v))).ToArray();
            var rows = FeatureExtractor.Extract(backbone, [.. frames.SelectMany(f => f)], settings, run.Device, run.Cache, runId, run.Cancellation);
            var offset = 0;
            for (var k = 0; k < chunk.Length; k++)
            {
                result[chunk[k]] = rows.AsSpan(offset, frames[k].Count).ToArray();
                offset += frames[k].Count;
            }
        }

        return result;
    }

    /// <summary>
    /// ε-SVR (MATLAB fitrsvm defaults) trained on the regressor's train and validation stages (80 %, as the paper's
    /// SVRs), evaluated on its test stage.
    /// </summary>
    public static (MetricSet Test, double[] Predicted) SvrOnStages(PipelineRun run, IReadOnlyDictionary<string, double[]> features, MatlabSvrOptions svr)
    {
        var trainIds = run.Stage(Stages.RegressorTrain).Concat(run.Stage(Stages.RegressorVal)).ToArray();
        var testIds = run.Stage(Stages.RegressorTest);
        var trainX = Faults.RegressorInput(run, [.. trainIds.Select(id => features[id])], Stages.RegressorTrain);
        var testX = Faults.RegressorInput(run, [.. testIds.Select(id => features[id])], Stages.RegressorTest);
        using var model = Svr.FitMatlabDefaults(trainX, Scores(run.Media, trainIds), svr with { Seed = run.Seed });
        var predicted = model.Predict(testX);
        return (MetricSet.Compute(predicted, Scores(run.Media, testIds)), predicted);
    }

    /// <summary>A stable id for a fine-tuning run: what it trained on and how, so cached features never mix runs.</summary>
    public static string RunId(string backbone, IEnumerable<string> trainIds, TrainingConfig config) =>
        "ft:" + backbone + ":" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(string.Join("\n", trainIds) + "\n" + config)))[..16];
}
