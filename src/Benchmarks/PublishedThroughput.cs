using LeakSpec.Experiments.Pipelines;

namespace LeakSpec.Benchmarks;

/// <summary>
/// The device rates the data-path bench projects against, from published figures — no GPU here to measure them.
/// Base: ResNet-50 v1.5 training on one A100 80GB, 2,470 images/s with mixed precision at 224×224 (NVIDIA
/// DeepLearningExamples, PyTorch/Classification/ConvNets/resnet50v1.5/README.md, "Training performance: NVIDIA DGX A100",
/// pytorch-21.03 container), times 2 for an H100 (Lambda, "NVIDIA H100 Tensor Core GPU – Deep Learning Performance
/// Analysis": vision models ≈ 2× the A100). Other networks and input sizes scale by forward GFLOPs (TorchVision's model
/// table: ResNet-50 4.09 at 224², AlexNet 0.71 at 224², Inception-V3 5.71 at 299², ResNet-101 7.80 at 224²;
/// Inception-ResNet-v2 13.2 at 299², Szegedy et al. 2017), FLOPs growing with the pixel count. A forward-only sample
/// costs a third of a training one (backward ≈ twice the forward). A faster device only makes the host's share larger,
/// so a high device rate is the strict side of the GPU-wait target.
/// </summary>
public static class PublishedThroughput
{
    public const double ResNet50A100TrainImagesPerSecond = 2470;

    public const double H100OverA100 = 2.0;

    private static readonly Dictionary<string, (double Gflops, int Side)> Networks = new(StringComparer.Ordinal)
    {
        ["resnet-50"] = (4.09, 224),
        ["alexnet"] = (0.71, 224),
        ["inception-v3"] = (5.71, 299),
        ["resnet-101"] = (7.80, 224),
        ["inception-resnet-v2"] = (13.2, 299),
    };

    /// <summary>Training samples per second of <paramref name="backbone"/> on <paramref name="width"/>×<paramref name="height"/> inputs on one H100.</summary>
    public static double TrainPerSecond(BackboneSpec backbone, int width, int height)
    {
        var name = backbone.PaperName ?? "resnet-50";
        var (gflops, side) = Networks.TryGetValue(name, out var n) ? n : Networks["resnet-50"];
        var cost = gflops * width * height / (side * (double)side);
        var (baseGflops, _) = Networks["resnet-50"];
        return ResNet50A100TrainImagesPerSecond * H100OverA100 * baseGflops / cost;
    }

    public static double EvalPerSecond(BackboneSpec backbone, int width, int height) => 3 * TrainPerSecond(backbone, width, height);
}
