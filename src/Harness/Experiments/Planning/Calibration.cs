using System.Collections.Concurrent;
using System.Diagnostics;
using LeakSpec.Datasets;
using LeakSpec.Experiments.Pipelines;
using LeakSpec.Models;
using LeakSpec.Runtime;
using LeakSpec.Training;

namespace LeakSpec.Experiments.Planning;

/// <summary>
/// Short measurements on the machine at hand that turn a <see cref="StageWork"/> into seconds: the device's training and
/// forward time per sample of each network at its real input size (random weights: the time does not depend on
/// them), and the host's time to decode an item and to prepare one from the store. Each is measured once per key.
/// </summary>
/// <param name="deviceCost">Replaces the device measurement (the data-path bench projects onto a published GPU rate); null measures.</param>
public sealed class Calibration(DeviceChoice device, Func<BackboneSpec, int, int, (double Train, double Eval)>? deviceCost = null)
{
    private readonly ConcurrentDictionary<string, (double Train, double Eval, long Parameters, int FeatureDim)> devices = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (double Decode, double Prepare, int Width, int Height)> hosts = new(StringComparer.Ordinal);

    public DeviceChoice Device { get; } = device;

    /// <summary>Seconds per training sample and per forward sample of <paramref name="backbone"/> on <paramref name="width"/>×<paramref name="height"/> inputs, its parameter count and feature width.</summary>
    public (double Train, double Eval, long Parameters, int FeatureDim) DeviceCost(BackboneSpec backbone, int width, int height, int batchSize) =>
        devices.GetOrAdd($"{backbone.DisplayName}|{width}x{height}|{batchSize}", _ => deviceCost is null ? MeasureDevice(backbone, width, height, batchSize) : Given(backbone, width, height));

    /// <summary>
    /// Host seconds per item (one core): decoding it from the dataset's files (per frame for videos), and reading it
    /// from memory or the pixel store and preparing it with <paramref name="input"/>; and the prepared input's size.
    /// </summary>
    public (double Decode, double Prepare, int Width, int Height) HostCost(MediaStore media, InputConfig input) =>
        hosts.GetOrAdd($"{media.Dataset.Root}|{input}", _ => MeasureHost(media, input));

    private (double Train, double Eval, long Parameters, int FeatureDim) Given(BackboneSpec backbone, int width, int height)
    {
        var (train, eval) = deviceCost!(backbone, width, height);
        using IBackbone network = backbone.Kind == BackboneKind.Paper ? PaperBackbones.CreateArchitecture(backbone.PaperName!) : backbone.Create(0, Device);
        return (train, eval, network.Module.parameters().Sum(p => p.numel()), network.FeatureDim);
    }

    private (double Train, double Eval, long Parameters, int FeatureDim) MeasureDevice(BackboneSpec backbone, int width, int height, int batchSize)
    {
        TorchRuntime.EnsureLoaded();
        // A GPU needs its real batch; on the CPU a batch of about 4 MB of input says the time per sample, and large
        // inputs (ResNet-101 on 512×384) keep the calibration to seconds.
        var batch = Device.Device.StartsWith("cuda", StringComparison.Ordinal) ? batchSize : Math.Clamp((4 << 20) / (width * height * 3), 2, batchSize);
        using IBackbone network = backbone.Kind == BackboneKind.Paper ? Placed(PaperBackbones.CreateArchitecture(backbone.PaperName!)) : backbone.Create(0, Device);
        var rng = Seeding.CreateRandom(Seeding.Derive(0, "calibration", width * 10_000 + height));
        var pixels = new byte[width * height * 3];
        rng.NextBytes(pixels);
        var items = Enumerable.Range(0, batch * 3).Select(i => new LabeledImage($"c{i}", new RgbImage(width, height, pixels), i % 5)).ToArray();
        double Train(int steps)
        {
            var config = new TrainingConfig
            {
                BatchSize = batch, Epochs = int.MaxValue, MaxSteps = steps, Head = HeadKind.Regression, RestoreBest = false, Seed = 1,
            };
            var clock = Stopwatch.StartNew();
            using var result = FineTuner.Train(network, items, null, config, Device, null, CancellationToken.None);
            return clock.Elapsed.TotalSeconds;
        }

        // One step is warm-up (allocation, autotuning); the difference of three steps and one is two steps' cost.
        var oneStep = Train(1);
        var trainPerSample = Math.Max(0, Train(3) - oneStep) / (2.0 * batch);
        var images = items.Take(batch).Select(i => i.Load()).ToArray();
        double Forward(int calls)
        {
            var clock = Stopwatch.StartNew();
            for (var c = 0; c < calls; c++)
            {
                using var scope = TorchSharp.torch.NewDisposeScope();
                using var noGrad = TorchSharp.torch.no_grad();
                network.Module.eval();
                _ = network.Features(network.Preprocess(InputPipeline.ToTensor(images, Device.ToTorch()))).cpu();
            }

            return clock.Elapsed.TotalSeconds;
        }

        var oneCall = Forward(1);
        var evalPerSample = Math.Max(0, Forward(3) - oneCall) / (2.0 * batch);
        var parameters = network.Module.parameters().Sum(p => p.numel());
        return (trainPerSample, evalPerSample, parameters, network.FeatureDim);
    }

    private TorchVisionBackbone Placed(TorchVisionBackbone network)
    {
        network.PlaceOn(Device);
        return network;
    }

    private static (double Decode, double Prepare, int Width, int Height) MeasureHost(MediaStore media, InputConfig input)
    {
        var dataset = media.Dataset;
        var first = dataset.Items[0];
        double decode;
        RgbImage sample;
        var clock = Stopwatch.StartNew();
        if (dataset.Kind == DatasetKind.Konvid1k)
        {
            // A fresh reader decodes the first video whole, as the store's first pass does.
            // With the store's resize, as its first pass does.
            var shrink = media.Disk is null ? null : media.StoredShorterSide;
            var frames = new VideoFrameReader().Frames(VideoFrameReader.SourceFor(dataset, first), media.FrameOptions)
                .Select(f => shrink is { } s ? ImageOps.ResizeShorterSide(f, s) : f).ToArray();
            decode = clock.Elapsed.TotalSeconds / Math.Max(1, frames.Length);
            sample = media.Frame(Splitting.FrameIds.Of(first.Id, 0));
        }
        else
        {
            var some = dataset.Items.Take(4).ToArray();
            foreach (var item in some)
            {
                _ = ImageIo.Read(item.Path, ImageIo.DefaultMaxPixels, media.ImageResize);
            }

            decode = clock.Elapsed.TotalSeconds / some.Length;
            sample = media.Image(first.Id);
        }

        var rng = Seeding.CreateRandom(1);
        var prepared = InputPipeline.Prepare(sample, input, rng);
        const int repeats = 8;
        clock.Restart();
        for (var i = 0; i < repeats; i++)
        {
            var view = InputPipeline.Prepare(dataset.Kind == DatasetKind.Konvid1k ? media.Frame(Splitting.FrameIds.Of(first.Id, 0)) : media.Image(first.Id), input, rng);
            _ = InputPipeline.PackBytes([view]);
        }

        return (decode, clock.Elapsed.TotalSeconds / repeats, prepared.Width, prepared.Height);
    }
}
