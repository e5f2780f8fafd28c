using LeakSpec.Datasets;
using LeakSpec.IO;
using LeakSpec.Models;
using LeakSpec.Runtime;
using LeakSpec.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace LeakSpec.Features;

/// <summary>
/// Deep features per image (last pooling layer or MultiGAP), optionally averaged over seeded random crops, read from
/// and written to a <see cref="FeatureCache"/> when one is given. Evaluation mode, no gradients, one scope per batch.
/// </summary>
public static class FeatureExtractor
{
    /// <param name="runId">Identifies the fine-tuning run that produced the weights ("none" for pretrained); part of the cache key.</param>
    public static double[][] Extract(
        IBackbone backbone,
        IReadOnlyList<FeatureItem> items,
        FeatureSettings settings,
        DeviceChoice device,
        FeatureCache? cache = null,
        string runId = "none",
        CancellationToken ct = default)
    {
        TorchRuntime.EnsureLoaded();
        settings.Validate();
        var result = new double[items.Count][];
        var keys = new FeatureKey[items.Count];
        if (cache is not null)
        {
            var weights = WeightsHash.Of(backbone.Module);
            var described = $"{backbone.Name};{settings.Describe()}";
            for (var i = 0; i < items.Count; i++)
            {
                keys[i] = FeatureCache.Key(weights, runId, items[i].Id, described);
                if (cache.TryGet(keys[i], out var hit))
                {
                    result[i] = hit;
                }
            }
        }

        var dev = device.ToTorch();
        backbone.Module.to(dev);
        backbone.Module.eval();
        var missing = Enumerable.Range(0, items.Count).Where(i => result[i] is null).ToArray();
        if (settings.RandomCrops > 1)
        {
            foreach (var i in missing)
            {
                ct.ThrowIfCancellationRequested();
                var rng = Seeding.CreateRandom(Seeding.Derive(settings.Seed, "feature-crops", items[i].Id));
                var image = ResizeOnly(items[i].Load(), settings.Input);
                var crops = Enumerable.Range(0, settings.RandomCrops).Select(_ => ImageOps.RandomCrop(image, settings.Input.CropSize!.Value, rng)).ToArray();
                var rows = Run(backbone, crops, settings, dev);
                result[i] = Enumerable.Range(0, rows[0].Length).Select(d => rows.Average(r => r[d])).ToArray();
                Store([i]);
            }
        }
        else
        {
            // Decoding runs ahead on the loader's workers: at real scale (288,000 KoNViD-1k frames) it is the host's share.
            var chunks = missing.Chunk(settings.BatchSize).ToArray();
            using var loader = new BatchLoader(i => items[i].Load(), chunks, BatchLoader.DefaultWorkers, depth: 2, ct);
            foreach (var chunk in chunks)
            {
                ct.ThrowIfCancellationRequested();
                var views = loader.Take(chunk).Select(image => InputPipeline.Prepare(image, settings.Input, rng: null)).ToArray();
                var rows = Run(backbone, views, settings, dev);
                for (var k = 0; k < chunk.Length; k++)
                {
                    result[chunk[k]] = rows[k];
                }

                Store(chunk);
            }
        }

        return result;

        // Each batch is stored as soon as it exists, so a run stopped in a long extraction resumes from there.
        void Store(IReadOnlyList<int> done)
        {
            if (cache is not null && done.Count > 0)
            {
                cache.PutMany(keys[done[0]].Group, [.. done.Select(i => (keys[i].Item, result[i]!))]);
            }
        }
    }

    /// <summary>Per-frame features of one video, in frame order: the raw sequence for the LSTM, or the input of <see cref="VideoPooling"/>.</summary>
    public static double[][] ExtractVideo(
        IBackbone backbone, string videoId, IReadOnlyList<RgbImage> frames, FeatureSettings settings, DeviceChoice device, FeatureCache? cache = null, string runId = "none", CancellationToken ct = default) =>
        Extract(backbone, FeatureItem.FromVideo(videoId, frames), settings, device, cache, runId, ct);

    private static RgbImage ResizeOnly(RgbImage image, InputConfig input) =>
        input.ResizeShorterTo is { } s ? ImageOps.ResizeShorterSide(image, s) : image;

    private static double[][] Run(IBackbone backbone, IReadOnlyList<RgbImage> images, FeatureSettings settings, Device dev)
    {
        var rows = new List<double[]>(images.Count);
        foreach (var chunk in images.Chunk(settings.BatchSize))
        {
            using (NewDisposeScope())
            using (no_grad())
            {
                var input = backbone.Preprocess(InputPipeline.ToTensor(chunk, dev));
                var features = settings.Mode == FeatureMode.MultiGap
                    ? cat(backbone.StageOutputs(input).Select(s => nn.functional.adaptive_avg_pool2d(s, 1).flatten(1)).ToArray(), 1)
                    : backbone.Features(input);
                var cpu = features.to_type(ScalarType.Float64).cpu().contiguous();
                var flat = cpu.data<double>().ToArray();
                var width = (int)cpu.shape[1];
                rows.AddRange(Enumerable.Range(0, chunk.Length).Select(k => flat.AsSpan(k * width, width).ToArray()));
            }
        }

        return rows.ToArray();
    }
}
