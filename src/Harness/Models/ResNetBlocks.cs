using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace LeakSpec.Models;

/// <summary>
/// TorchVision's ResNet Bottleneck (v1.5, the stride on the 3×3 convolution): <c>conv1</c>/<c>bn1</c> reduce to
/// <c>planes</c> with a 1×1, <c>conv2</c>/<c>bn2</c> a 3×3 with the block's stride, <c>conv3</c>/<c>bn3</c> expand to
/// <see cref="Expansion"/> × <c>planes</c> with a 1×1; the input (through <c>downsample</c>, a 1×1 strided convolution
/// and batch norm as children <c>0</c> and <c>1</c>, where the shape changes) is added, then ReLU. Names and shapes are
/// TorchVision's, so its state dicts load key for key.
/// </summary>
internal sealed class Bottleneck : NamedModule
{
    /// <summary>Output width over <c>planes</c>.</summary>
    public const long Expansion = 4;

    // TorchSharp's Bottleneck adds with `add_(identity)`, whose temporary Scalar(1) a GC can free while libtorch reads
    // it; this one lives as long as the process.
    private static readonly Scalar One = 1.0.ToScalar();

    private readonly Conv2d conv1;
    private readonly BatchNorm2d bn1;
    private readonly Conv2d conv2;
    private readonly BatchNorm2d bn2;
    private readonly Conv2d conv3;
    private readonly BatchNorm2d bn3;
    private readonly ReLU relu;
    private readonly Sequential? downsample;

    /// <param name="downsample">Built by the caller before this block (TorchSharp's order of random draws), or null when the input already has the output's shape.</param>
    public Bottleneck(long inPlanes, long planes, long stride, Sequential? downsample) : base(nameof(Bottleneck))
    {
        // Registered in TorchSharp's field order, so named_modules() visits the convolutions as TorchSharp's ResNet does.
        conv1 = Add("conv1", nn.Conv2d(inPlanes, planes, 1, bias: false));
        bn1 = Add("bn1", nn.BatchNorm2d(planes));
        conv2 = Add("conv2", nn.Conv2d(planes, planes, 3, stride: stride, padding: 1, bias: false));
        bn2 = Add("bn2", nn.BatchNorm2d(planes));
        conv3 = Add("conv3", nn.Conv2d(planes, planes * Expansion, 1, bias: false));
        bn3 = Add("bn3", nn.BatchNorm2d(planes * Expansion));
        relu = Add("relu", nn.ReLU(inplace: true));
        this.downsample = downsample is null ? null : Add("downsample", downsample);
    }

    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        var x = relu.call(bn1.call(conv1.call(input)));
        x = relu.call(bn2.call(conv2.call(x)));
        x = bn3.call(conv3.call(x));
        var identity = downsample is null ? input : downsample.call(input);
        return x.add_(identity, One).relu_().MoveToOuterDisposeScope();
    }

    /// <summary>
    /// One stage (<c>layer1</c> … <c>layer4</c>): <paramref name="blocks"/> Bottlenecks, the first with the stride and,
    /// where the width or the stride changes, a downsample; <paramref name="inPlanes"/> becomes the stage's output width.
    /// </summary>
    public static Sequential Stage(ref long inPlanes, long planes, int blocks, long stride)
    {
        var width = planes * Expansion;
        var downsample = stride != 1 || inPlanes != width
            ? nn.Sequential(nn.Conv2d(inPlanes, width, 1, stride: stride, bias: false), nn.BatchNorm2d(width))
            : null;
        var layer = new List<nn.Module<Tensor, Tensor>> { new Bottleneck(inPlanes, planes, stride, downsample) };
        for (var i = 1; i < blocks; i++)
        {
            layer.Add(new Bottleneck(width, planes, 1, downsample: null));
        }

        inPlanes = width;
        return nn.Sequential(layer);
    }
}
