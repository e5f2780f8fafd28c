using TorchSharp.Modules;
using static TorchSharp.torch;

namespace LeakSpec.Models;

/// <summary>
/// ResNet with Bottleneck blocks (He et al. 2016, TorchVision's v1.5) with exactly TorchVision's children, parameter
/// and buffer names and shapes: <c>conv1</c>, <c>bn1</c>, <c>relu</c>, <c>maxpool</c>, <c>layer1</c> … <c>layer4</c>
/// (Sequentials of <see cref="Bottleneck"/>), <c>avgpool</c>, <c>fc</c>. A state dict of <c>torchvision.models.resnet101</c>
/// (PyTorch's, through PyBridge, or TorchSharp's <c>.dat</c>) loads strictly. LeakSpec's own rather than TorchSharp's
/// <c>torchvision.models.resnet101</c> because that one's Bottleneck adds its residual with a temporary Scalar, 33 per
/// ResNet-101 forward, that a GC can free mid-call (src/Harness/Runtime/TorchSharpFixes/README.md); here it is held.
/// TorchSharp's initialisation is kept draw for draw, so one seed gives both modules the same weights.
/// </summary>
public sealed class ResNetNet : nn.Module<Tensor, Tensor>
{
    /// <summary>Width of <c>layer4</c>, the pooled feature.</summary>
    public const int FeatureWidth = 2048;

    /// <summary>ResNet-101's Bottlenecks per stage.</summary>
    public static readonly IReadOnlyList<int> ResNet101Blocks = [3, 4, 23, 3];

    /// <summary>The stem's children, in forward order.</summary>
    public static readonly IReadOnlyList<string> Stem = ["conv1", "bn1", "relu", "maxpool"];

    /// <summary>The stages' children, in forward order.</summary>
    public static readonly IReadOnlyList<string> Layers = ["layer1", "layer2", "layer3", "layer4"];

    private static readonly long[] Planes = [64, 128, 256, 512];

    // Lookups only: Module.Dispose disposes every registered descendant.
    private readonly Dictionary<string, nn.Module<Tensor, Tensor>> byName = new(StringComparer.Ordinal);

    /// <param name="blocksPerStage">Bottlenecks in layer1 … layer4 (<see cref="ResNet101Blocks"/>; fewer for tests).</param>
    /// <param name="numClasses">Outputs of <c>fc</c>.</param>
    public ResNetNet(IReadOnlyList<int> blocksPerStage, int numClasses = 1000) : base("ResNet")
    {
        if (blocksPerStage.Count != Layers.Count || blocksPerStage.Any(b => b < 1))
        {
            throw new ArgumentException($"A ResNet needs at least one block in each of its {Layers.Count} stages; got [{string.Join(", ", blocksPerStage)}].", nameof(blocksPerStage));
        }

        // Built in TorchSharp's order (stem, each stage's downsample before its first block, fc last): the same draws
        // from libtorch's generator, hence the same default initialisation.
        Add("conv1", nn.Conv2d(3, Planes[0], 7, stride: 2, padding: 3, bias: false));
        Add("bn1", nn.BatchNorm2d(Planes[0]));
        Add("relu", nn.ReLU(inplace: true));
        Add("maxpool", nn.MaxPool2d(3, stride: 2, padding: 1));
        var width = Planes[0];
        for (var i = 0; i < Layers.Count; i++)
        {
            Add(Layers[i], Bottleneck.Stage(ref width, Planes[i], blocksPerStage[i], stride: i == 0 ? 1 : 2));
        }

        Add("avgpool", nn.AdaptiveAvgPool2d(1));
        Add("fc", nn.Linear(width, numClasses));

        // TorchVision's (and TorchSharp's) He initialisation of the convolutions; its batch-norm constants (1, 0) are
        // libtorch's defaults already.
        foreach (var conv in modules().OfType<Conv2d>())
        {
            nn.init.kaiming_normal_(conv.weight, mode: nn.init.FanInOut.FanOut, nonlinearity: nn.init.NonlinearityType.ReLU);
        }
    }

    /// <summary>ResNet-101 (3, 4, 23, 3 blocks), the paper's DeepRN backbone.</summary>
    public static ResNetNet ResNet101(int numClasses = 1000) => new(ResNet101Blocks, numClasses);

    /// <summary>The ImageNet logits, as TorchVision's forward.</summary>
    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        var x = Stem.Concat(Layers).Append("avgpool").Aggregate(input, (t, child) => Child(child).call(t));
        return Child("fc").call(x.flatten(1)).MoveToOuterDisposeScope();
    }

    /// <summary>A child by its TorchVision name.</summary>
    public nn.Module<Tensor, Tensor> Child(string name) =>
        byName.TryGetValue(name, out var child) ? child : throw new ArgumentException($"ResNet has no child '{name}'.", nameof(name));

    private void Add(string name, nn.Module<Tensor, Tensor> module)
    {
        register_module(name, module);
        byName.Add(name, module);
    }
}
