using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace LeakSpec.Models;

/// <summary>
/// Inception-ResNet-v2 (<see cref="InceptionResNetV2Net"/>, timm's names; Table 3 row 7's end-to-end network, C4.6):
/// features are the 1536-d global average pool of <c>conv2d_7b</c>; stages the 43 blocks a multi-level pooling would
/// read — mixed_5b, the 10 Block35, mixed_6a, the 20 Block17, mixed_7a, the 9 Block8 and the last one (49,248 pooled).
/// Weights: timm's state dict, written by scripts/make-weights.py as inception_resnet_v2.pt, loaded strictly through
/// TorchSharp.PyBridge like the TorchVision backbones.
/// </summary>
public sealed class InceptionResNetV2Backbone : TorchVisionBackbone
{
    /// <summary>timm's default input (<c>input_size</c> 3×299×299), the side the ImageNet weights were trained at.</summary>
    public const int InputSize = 299;

    /// <summary>The minimum input side: smaller inputs shrink to nothing before mixed_7a (the same as Inception-V3's).</summary>
    public const int MinimumSize = 75;

    /// <summary>timm's IMAGENET_INCEPTION_MEAN and _STD (0.5 per channel): RGB in [0, 1] becomes (x − 0.5) / 0.5.</summary>
    public const double Mean = 0.5;

    /// <inheritdoc cref="Mean"/>
    public const double Std = 0.5;

    private static readonly int[] Widths = [320, .. Enumerable.Repeat(320, 10), 1088, .. Enumerable.Repeat(1088, 20), 2080, .. Enumerable.Repeat(2080, 10)];

    // Held for the process's lifetime (see EmbeddedResNet18.PixelScale: TorchSharp's temporary Scalars can be freed mid-call).
    private static readonly Scalar MeanScalar = Mean.ToScalar();
    private static readonly Scalar InverseStd = (1 / Std).ToScalar();

    public InceptionResNetV2Backbone()
        : base("inception-resnet-v2", new InceptionResNetV2Net(numClasses: 1000), InceptionResNetV2Net.FeatureWidth, Widths, standsInFor: null)
    {
    }

    protected override string LayoutSource => "timm's";

    /// <summary>RGB in [0, 1] normalised by timm's mean and standard deviation (0.5): [−1, 1], as the TF-slim weights expect.</summary>
    public override Tensor Preprocess(Tensor rgb01) => rgb01.sub(MeanScalar).mul_(InverseStd);

    protected override (Tensor Features, List<Tensor> Stages) Run(Tensor input, bool keepStages)
    {
        if (input.shape[2] < MinimumSize || input.shape[3] < MinimumSize)
        {
            throw new ArgumentException($"Inception-ResNet-v2 needs inputs of at least {MinimumSize}×{MinimumSize} px; got {input.shape[2]}×{input.shape[3]}.", nameof(input));
        }

        var x = InceptionResNetV2Net.Stem.Aggregate(input, (t, child) => Call(child, t));
        var stages = new List<Tensor>();
        foreach (var child in InceptionResNetV2Net.Blocks)
        {
            var blocks = Children[child] is Sequential repeat ? repeat.children().Cast<nn.Module<Tensor, Tensor>>() : [(nn.Module<Tensor, Tensor>)Children[child]];
            foreach (var block in blocks)
            {
                x = block.call(x);
                if (keepStages)
                {
                    stages.Add(x);
                }
            }
        }

        return (Call("global_pool", Call("conv2d_7b", x)).flatten(1), stages);
    }
}
