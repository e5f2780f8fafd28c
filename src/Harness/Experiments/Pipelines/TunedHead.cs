using LeakSpec.Datasets;
using LeakSpec.Features;
using LeakSpec.IO;
using LeakSpec.Runtime;
using LeakSpec.Splitting;
using LeakSpec.Training;
using TorchSharp.Modules;

namespace LeakSpec.Experiments.Pipelines;

/// <summary>
/// The <see cref="FrozenTrunk"/> way of fine-tuning: the pretrained trunk's pooled features of every item a run needs
/// (cached as "pretrained", so computed once for all splits and variants), the fc7-role layer and head trained over
/// the manifest's fine-tuning stages, and that layer's activations as the regressor's features.
/// </summary>
public sealed class TunedHead : IFineTunedModel
{
    private readonly Sequential body;
    private readonly IReadOnlyDictionary<string, double[]> trunk;
    private readonly DeviceChoice device;
    private readonly MediaStore media;

    private TunedHead(Sequential body, IReadOnlyDictionary<string, double[]> trunk, FineTuneResult result, DeviceChoice device, MediaStore media)
    {
        this.body = body;
        this.trunk = trunk;
        this.device = device;
        this.media = media;
        Result = result;
    }

    public FineTuneResult Result { get; }

    /// <summary>
    /// Computes (or reads) the trunk features of <paramref name="needed"/> — image ids, frame ids (<c>video#0042</c>) or
    /// video ids (every frame) — and trains over the stages <paramref name="trainStage"/> / <paramref name="valStage"/>.
    /// </summary>
    /// <param name="probeIds">Items among <paramref name="needed"/> whose accuracy is taken at every validation (<see cref="FineTuneResult.ProbeAccuracies"/>).</param>
    public static TunedHead Train(
        FrozenTrunk frozen, BackboneSpec backbone, InputConfig view, PipelineRun run, TrainingConfig cfg, string trainStage, string valStage, IEnumerable<string> needed, IReadOnlyList<string>? probeIds = null)
    {
        var trainIds = run.Stage(trainStage);
        var valIds = run.Stage(valStage);
        var trunk = TrunkFeatures(backbone, view, run, trainIds.Concat(valIds).Concat(needed));
        var body = HeadTuner.Fc7Role(trunk.Values.First().Length, frozen.Fc7Width, run.Seed);
        try
        {
            run.Progress?.Invoke($"fine-tuning fc7 + head over the frozen trunk on {trainIds.Count} items, validating on {valIds.Count}");
            double[] Row(string id) => trunk.TryGetValue(id, out var row) ? row : throw new ArgumentException($"TunedHead: probe item '{id}' is not among the items asked for.", nameof(probeIds));
            var result = HeadTuner.Train(
                body, frozen.Fc7Width,
                [.. trainIds.Select(id => trunk[id])], Stagework.Scores(run.Media, trainIds),
                valIds.Count == 0 ? null : [.. valIds.Select(id => trunk[id])], valIds.Count == 0 ? null : Stagework.Scores(run.Media, valIds),
                cfg, run.Device, run.ProgressReporter, run.Cancellation,
                probeIds is null ? null : [.. probeIds.Select(Row)], probeIds is null ? null : Stagework.Scores(run.Media, probeIds));
            return new TunedHead(body, trunk, result, run.Device, run.Media);
        }
        catch
        {
            body.Dispose();
            throw;
        }
    }

    /// <summary>The fc7-role activations of items (image or frame ids).</summary>
    public IReadOnlyDictionary<string, double[]> ImageFeatures(IEnumerable<string> ids)
    {
        var list = ids.Distinct(StringComparer.Ordinal).ToArray();
        var rows = HeadTuner.Transform(body, [.. list.Select(Row)], device);
        return list.Zip(rows).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
    }

    /// <summary>Per-frame fc7-role activations of videos, in frame order.</summary>
    public Dictionary<string, double[][]> VideoFeatures(IEnumerable<string> videoIds)
    {
        var videos = videoIds.Distinct(StringComparer.Ordinal).ToArray();
        var frameIds = videos.ToDictionary(v => v, v => FrameIdsOf(media, v), StringComparer.Ordinal);
        var rows = ImageFeatures(frameIds.Values.SelectMany(f => f));
        return videos.ToDictionary(v => v, v => frameIds[v].Select(f => rows[f]).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The head's outputs (class scores or the regression value) for images or frames, by id.</summary>
    public double[][] PredictImages(IReadOnlyList<string> ids) => HeadTuner.Predict(body, Result.Head, [.. ids.Select(Row)], device);

    public double[][] PredictFrames(IReadOnlyList<string> videoIds) => PredictImages([.. videoIds.SelectMany(v => FrameIdsOf(media, v))]);

    public void Dispose()
    {
        Result.Dispose();
        body.Dispose();
    }

    /// <summary>The frame ids of every frame the store yields for a video.</summary>
    private static string[] FrameIdsOf(MediaStore media, string videoId) =>
        [.. Enumerable.Range(0, media.Frames(videoId).Count).Select(i => FrameIds.Of(videoId, i))];

    private double[] Row(string id) =>
        trunk.TryGetValue(id, out var row) ? row : throw new ArgumentException($"TunedHead: item '{id}' has no trunk features (it was not among the items asked for).", nameof(id));

    /// <summary>Pooled features of the pretrained trunk for image, frame or video ids (a video id brings all its frames).</summary>
    private static IReadOnlyDictionary<string, double[]> TrunkFeatures(BackboneSpec spec, InputConfig view, PipelineRun run, IEnumerable<string> ids)
    {
        // Pretrained weights are the same for every split; a seeded network's differ with the run's seed.
        var weights = spec.SeedSetsWeights ? $"seed={run.Seed}" : "pretrained";
        var key = new CacheKey(
            ("dataset", run.Media.Dataset.Root), ("frames", run.Media.FrameOptions), ("backbone", spec), ("weights", weights), ("view", view.Describe(training: false)));
        var table = (run.Trunks ?? new TrunkFeatureMemo()).For(key);
        var images = new HashSet<string>(StringComparer.Ordinal);
        var videos = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (FrameIds.IsFrame(id) || run.Media.Dataset.Kind == DatasetKind.Konvid1k)
            {
                var video = FrameIds.IsFrame(id) ? FrameIds.VideoOf(id) : id;
                if (!table.ContainsKey(FrameIds.Of(video, 0)))
                {
                    videos.Add(video);
                }
            }
            else if (!table.ContainsKey(id))
            {
                images.Add(id);
            }
        }

        if (images.Count == 0 && videos.Count == 0)
        {
            return table;
        }

        using var backbone = spec.Create(run.Seed, run.Device);
        var settings = new FeatureSettings(FeatureMode.LastPooling, view);
        if (images.Count > 0)
        {
            foreach (var (id, row) in Stagework.ImageFeatures(backbone, run, images.Order(StringComparer.Ordinal), settings, "pretrained"))
            {
                table[id] = row;
            }
        }

        if (videos.Count > 0)
        {
            foreach (var (video, frames) in Stagework.VideoFeatures(backbone, run, videos.Order(StringComparer.Ordinal), settings, "pretrained"))
            {
                for (var i = 0; i < frames.Length; i++)
                {
                    table[FrameIds.Of(video, i)] = frames[i];
                }
            }
        }

        return table;
    }
}
