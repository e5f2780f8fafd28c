using LeakSpec.Models.Onnx;
using LeakSpec.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace LeakSpec.Models;

/// <summary>
/// The embedded pretrained backbone: the ImageNet ResNet18 that ships with Microsoft.ML.DnnImageFeaturizer.ResNet18
/// (a CNTK 2.6 export), imported from ONNX into a trainable TorchSharp module. Features are the 512-d global average
/// pool; stages are the outputs of layer1…layer4 (64, 128, 256, 512 channels).
/// </summary>
public sealed class EmbeddedResNet18 : IBackbone
{
    private readonly ImportedResNet module;
    private readonly Tensor meanImageBgr;
    private readonly Dictionary<(long H, long W, string Device), Tensor> resizedMeans = [];

    private EmbeddedResNet18(ImportedResNet module, Tensor meanImageBgr, IReadOnlyList<int> stageDims, EmbeddedModelFiles files, string summary)
    {
        this.module = module;
        this.meanImageBgr = meanImageBgr;
        StageDims = stageDims;
        Files = files;
        ImportSummary = summary;
    }

    public string Name => "resnet18-onnx";

    public int FeatureDim => StageDims[^1];

    public IReadOnlyList<int> StageDims { get; }

    public nn.Module Module => module;

    /// <summary>The files this backbone was imported from.</summary>
    public EmbeddedModelFiles Files { get; }

    /// <summary>What the import found (nodes, initializers imported, stage widths), for logs and `doctor`.</summary>
    public string ImportSummary { get; }

    /// <summary>The package's mean image, 1×3×224×224, BGR, 0–255 scale.</summary>
    public Tensor MeanImageBgr => meanImageBgr;

    /// <summary>Imports the ONNX files found by <see cref="EmbeddedModelFiles.Locate"/> onto <paramref name="device"/> (CPU when null).</summary>
    public static EmbeddedResNet18 Load(DeviceChoice? device = null) => Load(EmbeddedModelFiles.Locate(), device);

    public static EmbeddedResNet18 Load(EmbeddedModelFiles files, DeviceChoice? device = null)
    {
        TorchRuntime.EnsureLoaded();
        foreach (var path in new[] { files.ResNet18Onnx, files.PreprocessOnnx })
        {
            if (!File.Exists(path))
            {
                throw new WeightsNotFoundException($"{path} does not exist; it comes with the NuGet package {EmbeddedModelFiles.PackageId} {EmbeddedModelFiles.PackageVersion}.", path);
            }
        }

        var (resnet, dims, summary) = ResNetOnnxImporter.Import(OnnxGraph.Load(files.ResNet18Onnx));
        var mean = MeanImageReader.Read(files.PreprocessOnnx);
        if (device is not null)
        {
            resnet.to(device.ToTorch());
            mean = mean.to(device.ToTorch());
        }

        resnet.eval();
        return new EmbeddedResNet18(resnet, mean, dims, files, summary);
    }

    // Held for the process's lifetime: TorchSharp does not keep a temporary Scalar (from `tensor * 255.0`) alive across
    // its native call, so a GC on another thread can free it while libtorch reads it (crashes seen in long runs).
    private static readonly Scalar PixelScale = 255.0.ToScalar();

    /// <summary>
    /// RGB in [0, 1] → what the CNTK network was trained on: BGR, 0–255, minus the package's mean image. The mean
    /// image is 224×224 and varies over the image (not a per-channel constant); for other sizes it is resized
    /// bilinearly (align_corners=false) to H×W.
    /// </summary>
    public Tensor Preprocess(Tensor rgb01)
    {
        if (rgb01.dim() != 4 || rgb01.shape[1] != 3)
        {
            throw new ArgumentException($"Preprocess expects N×3×H×W RGB in [0, 1]; got shape [{string.Join(", ", rgb01.shape)}].", nameof(rgb01));
        }

        using var scope = NewDisposeScope();
        var mean = MeanFor(rgb01.shape[2], rgb01.shape[3], rgb01.device);
        return rgb01.flip(1).mul(PixelScale).sub_(mean).MoveToOuterDisposeScope();
    }

    public Tensor Features(Tensor input) => module.call(input);

    public IReadOnlyList<Tensor> StageOutputs(Tensor input) => module.Stages(input);

    /// <summary>
    /// Sets every batch norm's running-statistics momentum (torch convention). The import keeps CNTK's
    /// (1 − 0.98835 ≈ 0.0117); fine-tuning on small data may want torch's default 0.1.
    /// </summary>
    public void SetBatchNormMomentum(double momentum)
    {
        foreach (var m in module.modules().OfType<TorchSharp.Modules.BatchNorm2d>())
        {
            m.momentum = momentum;
        }
    }

    public void Dispose()
    {
        foreach (var t in resizedMeans.Values)
        {
            t.Dispose();
        }

        meanImageBgr.Dispose();
        module.Dispose();
    }

    private Tensor MeanFor(long height, long width, Device device)
    {
        var key = (height, width, device.ToString());
        if (!resizedMeans.TryGetValue(key, out var mean))
        {
            using var onDevice = meanImageBgr.to(device);
            mean = height == meanImageBgr.shape[2] && width == meanImageBgr.shape[3]
                ? onDevice.clone()
                : nn.functional.interpolate(onDevice, [height, width], mode: InterpolationMode.Bilinear, align_corners: false);
            resizedMeans[key] = mean.DetachFromDisposeScope();
        }

        return mean;
    }
}
